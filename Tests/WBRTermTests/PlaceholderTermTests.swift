import Testing
@testable import WBRTerm

@Suite struct TermPlaceholderTests {}
