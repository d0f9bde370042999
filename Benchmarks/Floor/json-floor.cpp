// The floor for reading a deck: the time to read the same file and parse it with simdjson
// (DOM: every value parsed and laid out on its tape), the fastest JSON parser available here.
// Prints one benchmark row in the harness's tab-separated format (see Harness/Row.swift).
//   json-floor FILE METRICS RUNS
#include <simdjson.h>
#include <time.h>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

static unsigned long long now_ns(clockid_t clock = CLOCK_MONOTONIC) {
  timespec t;
  clock_gettime(clock, &t);
  return (unsigned long long)t.tv_sec * 1000000000ull + (unsigned long long)t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: json-floor FILE METRICS RUNS\n");
    return 64;
  }
  const char *path = argv[1];
  int runs = std::atoi(argv[3]);
  simdjson::dom::parser parser;
  std::vector<unsigned long long> samples, cpu;
  size_t elements = 0;
  for (int i = 0; i <= runs; i++) {
    unsigned long long start = now_ns(), start_cpu = now_ns(CLOCK_THREAD_CPUTIME_ID);
    simdjson::padded_string json;
    if (simdjson::padded_string::load(path).get(json)) { std::fprintf(stderr, "cannot read %s\n", path); return 66; }
    simdjson::dom::element doc;
    if (parser.parse(json).get(doc)) { std::fprintf(stderr, "cannot parse %s\n", path); return 65; }
    simdjson::dom::array metrics;
    if (doc["metrics"].get_array().get(metrics) == simdjson::SUCCESS) elements = metrics.size();
    unsigned long long took = now_ns() - start, took_cpu = now_ns(CLOCK_THREAD_CPUTIME_ID) - start_cpu;
    if (i > 0) {  // the first run warms the page cache and the parser
      samples.push_back(took);
      cpu.push_back(took_cpu);
    }
  }
  std::string line = "row\tJSON floor: read + parse (simdjson " STRINGIFY(SIMDJSON_VERSION) ")\t";
  line += argv[2];
  line += "\t-\t-\t-\t";
  for (size_t i = 0; i < samples.size(); i++) line += (i ? "," : "") + std::to_string(samples[i]);
  line += "\t";
  for (size_t i = 0; i < cpu.size(); i++) line += (i ? "," : "") + std::to_string(cpu[i]);
  std::printf("%s\n", line.c_str());
  return elements > 0 ? 0 : 65;
}
