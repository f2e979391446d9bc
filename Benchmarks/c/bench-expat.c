/* bench-expat FILE: one timed XML_Parse of a whole file held in memory, with namespace
 * processing (XML_ParserCreateNS, so xmlns attributes are not reported as attributes). Expat
 * substitutes internal entities and reports default attributes of the internal subset. */
#include <expat.h>

#include "common.h"

static struct bench_counts counts;

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **atts) {
  (void)data; (void)name;
  counts.elements++;
  for (int i = 0; atts[i]; i += 2) counts.attributes++;
}

static void XMLCALL on_end(void *data, const XML_Char *name) { (void)data; (void)name; }

static void XMLCALL on_text(void *data, const XML_Char *s, int len) {
  (void)data; (void)s;
  counts.text += len;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: bench-expat FILE\n"); return 2; }
  size_t size;
  char *buf = bench_read_file(argv[argc - 1], &size);
  long base = bench_peak_rss_kb();
  double t0 = bench_now();
  XML_Parser p = XML_ParserCreateNS(NULL, '\x01');
  XML_SetElementHandler(p, on_start, on_end);
  XML_SetCharacterDataHandler(p, on_text);
  if (XML_Parse(p, buf, (int)size, 1) != XML_STATUS_OK) {
    fprintf(stderr, "bench-expat: %s at line %lu\n", XML_ErrorString(XML_GetErrorCode(p)),
            (unsigned long)XML_GetCurrentLineNumber(p));
    return 1;
  }
  double seconds = bench_now() - t0;
  XML_ParserFree(p);
  bench_print(seconds, counts, base, "");
  return 0;
}
