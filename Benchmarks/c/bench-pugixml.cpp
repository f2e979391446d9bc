// bench-pugixml MODE FILE [XPATH-FILE]: one timed run of pugixml over a file held in memory.
//   tree   xml_document::load_buffer (copies the buffer), parse_default | parse_ws_pcdata (so
//          whitespace-only text is kept, as the other parsers do). pugixml reads no DTD: custom
//          entities stay unexpanded and default attributes are not added.
//   xpath  xpath_query of each expression of XPATH-FILE (document parsed beforehand)
#include <pugixml.hpp>

#include <string>

#include "common.h"

static struct bench_counts counts;

static void count_tree(const pugi::xml_document &doc) {
  pugi::xml_node n = doc.first_child();
  while (n) {
    if (n.type() == pugi::node_element) {
      counts.elements++;
      for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        const char *name = a.name();
        if (strncmp(name, "xmlns", 5) == 0 && (name[5] == 0 || name[5] == ':')) continue;
        counts.attributes++;
      }
    } else if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      counts.text += (long long)strlen(n.value());
    }
    if (n.first_child()) { n = n.first_child(); continue; }
    while (n && !n.next_sibling()) {
      n = n.parent();
      if (n == doc) n = pugi::xml_node();
    }
    if (n) n = n.next_sibling();
  }
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: bench-pugixml tree|xpath FILE [XPATH-FILE]\n"); return 2; }
  std::string mode = argv[1];
  size_t size;
  char *buf = bench_read_file(argv[2], &size);
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
  pugi::xml_document doc;
  double seconds = 0;
  long base = 0;
  std::string extra;
  if (mode == "tree") {
    base = bench_peak_rss_kb();
    double t0 = bench_now();
    pugi::xml_parse_result r = doc.load_buffer(buf, size, options);
    seconds = bench_now() - t0;
    if (!r) { fprintf(stderr, "bench-pugixml: %s at %ld\n", r.description(), (long)r.offset); return 1; }
    count_tree(doc);
  } else if (mode == "xpath") {
    if (argc < 4) { fprintf(stderr, "bench-pugixml: xpath needs an expressions file\n"); return 2; }
    pugi::xml_parse_result r = doc.load_buffer(buf, size, options);
    if (!r) { fprintf(stderr, "bench-pugixml: %s\n", r.description()); return 1; }
    count_tree(doc);
    char **exprs;
    int n = bench_read_expressions(argv[3], &exprs);
    base = bench_peak_rss_kb();
    double t0 = bench_now();
    extra = " xpath=";
    for (int i = 0; i < n; i++) {
      char one[64];
      try {
        pugi::xpath_query q(exprs[i]);
        switch (q.return_type()) {
        case pugi::xpath_type_node_set: snprintf(one, sizeof one, "n:%zu", q.evaluate_node_set(doc).size()); break;
        case pugi::xpath_type_number: bench_describe_number(one, sizeof one, q.evaluate_number(doc)); break;
        case pugi::xpath_type_string: snprintf(one, sizeof one, "s:%zu", q.evaluate_string(doc).size()); break;
        case pugi::xpath_type_boolean: snprintf(one, sizeof one, "b:%d", q.evaluate_boolean(doc) ? 1 : 0); break;
        default: snprintf(one, sizeof one, "error");
        }
      } catch (const pugi::xpath_exception &) {
        snprintf(one, sizeof one, "error");
      }
      if (i) extra += "|";
      extra += one;
    }
    seconds = bench_now() - t0;
  } else {
    fprintf(stderr, "bench-pugixml: unknown mode %s\n", mode.c_str());
    return 2;
  }
  bench_print(seconds, counts, base, extra.c_str());
  return 0;
}
