import Testing
import WBRBuild

@Suite struct BuildPlaceholderTests {}
