/* Shared helpers of the C and C++ benchmark programs: read a file into memory, a monotonic clock,
 * peak RSS, and the one output line every program prints (see Benchmarks/README.md). */
#ifndef LIGNUM_BENCH_COMMON_H
#define LIGNUM_BENCH_COMMON_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static inline double bench_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Peak RSS in KiB: VmHWM of /proc/self/status, the high-water mark of this process's own memory.
 * getrusage's ru_maxrss is the fallback only: on Linux it keeps the parent's peak across fork and
 * exec, so a small program started by a big runner would report the runner's size. */
static inline long bench_peak_rss_kb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  if (f) {
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
      if (strncmp(line, "VmHWM:", 6) == 0) { kb = strtol(line + 6, NULL, 10); break; }
    fclose(f);
    if (kb >= 0) return kb;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

static inline char *bench_read_file(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "cannot open %s\n", path); exit(2); }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = (char *)malloc((size_t)n + 1);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "cannot read %s\n", path); exit(2); }
  buf[n] = 0;
  fclose(f);
  *size = (size_t)n;
  return buf;
}

/* Reads an expressions file: one expression a line, '#' lines and empty lines skipped. */
static inline int bench_read_expressions(const char *path, char ***out) {
  size_t size;
  char *text = bench_read_file(path, &size);
  int n = 0, cap = 16;
  char **list = (char **)malloc(sizeof(char *) * (size_t)cap);
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    if (line[0] == 0 || line[0] == '#') continue;
    if (n == cap) { cap *= 2; list = (char **)realloc(list, sizeof(char *) * (size_t)cap); }
    list[n++] = line;
  }
  *out = list;
  return n;
}

/* Appends an XPath number the way every benchmark program writes it: hundredths, rounded. */
static inline void bench_describe_number(char *buf, size_t cap, double x) {
  if (isnan(x)) snprintf(buf, cap, "num:NaN");
  else snprintf(buf, cap, "num:%lld", (long long)llround(x * 100));
}

struct bench_counts {
  long long elements, attributes, text;
};

static inline void bench_print(double seconds, struct bench_counts c, long base_kb, const char *extra) {
  printf("seconds=%.6f elements=%lld attributes=%lld text=%lld rss_kb=%ld base_kb=%ld%s\n", seconds,
         c.elements, c.attributes, c.text, bench_peak_rss_kb(), base_kb, extra ? extra : "");
}

#endif
