/* bench-libxml2 MODE FILE [XPATH-FILE]: one timed run of one libxml2 API over a file held in memory.
 *   tree       xmlReadMemory
 *   sax        SAX2 (startElementNs…) over the whole buffer: xmlCreateMemoryParserCtxt + xmlParseDocument
 *   push       SAX2 push parser, 64 KiB chunks: xmlCreatePushParserCtxt + xmlParseChunk
 *   reader     xmlReaderForMemory + xmlTextReaderRead over every node
 *   xpath      xmlXPathEvalExpression of each expression of XPATH-FILE (tree parsed beforehand)
 *   serialize  xmlDocDumpMemory (tree parsed beforehand)
 *   c14n       xmlC14NDocDumpMemory, C14N 1.0 without comments (tree parsed beforehand)
 * Options everywhere: XML_PARSE_NOENT | XML_PARSE_DTDATTR | XML_PARSE_HUGE (what Lignum's
 * programs do too). The SAX modes keep libxml2's own SAX2 handlers for the DTD (entity and
 * attribute declarations), so entities are substituted and default attributes added there too. */
#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>

#include "common.h"

static const int options = XML_PARSE_NOENT | XML_PARSE_DTDATTR | XML_PARSE_HUGE | XML_PARSE_NONET;
static struct bench_counts counts;

static void count_tree(xmlDocPtr doc) {
  xmlNodePtr n = doc->children;
  while (n) {
    if (n->type == XML_ELEMENT_NODE) {
      counts.elements++;
      for (xmlAttrPtr a = n->properties; a; a = a->next) counts.attributes++;
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) counts.text += (long long)strlen((const char *)n->content);
    }
    if (n->children && n->type != XML_ENTITY_REF_NODE && n->type != XML_DTD_NODE) { n = n->children; continue; }
    while (n && !n->next) {
      n = n->parent;
      if (n == (xmlNodePtr)doc) n = NULL;
    }
    if (n) n = n->next;
  }
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes) {
  (void)ctx; (void)localname; (void)prefix; (void)uri; (void)nb_namespaces; (void)namespaces;
  (void)nb_defaulted; (void)attributes;
  counts.elements++;
  counts.attributes += nb_attributes;
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
  (void)ctx; (void)localname; (void)prefix; (void)uri;
}

static void on_text(void *ctx, const xmlChar *ch, int len) {
  (void)ctx; (void)ch;
  counts.text += len;
}

/* libxml2's SAX2 handlers (they keep the DTD, so entities and defaults work), with the content
 * callbacks replaced by counters: no tree is built. */
static void sax_handler(xmlSAXHandler *h) {
  xmlSAXVersion(h, 2);
  h->startElementNs = on_start;
  h->endElementNs = on_end;
  h->characters = on_text;
  h->ignorableWhitespace = on_text;
  h->cdataBlock = on_text;
  h->comment = NULL;
  h->processingInstruction = NULL;
  h->reference = NULL;
}

static void check(xmlParserCtxtPtr ctxt, const char *what) {
  if (!ctxt->wellFormed) { fprintf(stderr, "bench-libxml2: %s: not well-formed\n", what); exit(1); }
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: bench-libxml2 tree|sax|push|reader|xpath|serialize|c14n FILE [XPATH-FILE]\n"); return 2; }
  const char *mode = argv[1];
  size_t size;
  char *buf = bench_read_file(argv[2], &size);
  xmlInitParser();
  double seconds = 0;
  long base = 0;
  char extra[4096] = "";

  if (!strcmp(mode, "tree")) {
    base = bench_peak_rss_kb();
    double t0 = bench_now();
    xmlDocPtr doc = xmlReadMemory(buf, (int)size, argv[2], NULL, options);
    seconds = bench_now() - t0;
    if (!doc) { fprintf(stderr, "bench-libxml2: parse failed\n"); return 1; }
    count_tree(doc);
    bench_print(seconds, counts, base, extra);
    xmlFreeDoc(doc);
    return 0;
  }
  if (!strcmp(mode, "sax")) {
    base = bench_peak_rss_kb();
    double t0 = bench_now();
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buf, (int)size);
    sax_handler(ctxt->sax);
    xmlCtxtUseOptions(ctxt, options);
    xmlParseDocument(ctxt);
    seconds = bench_now() - t0;
    check(ctxt, "sax");
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
  } else if (!strcmp(mode, "push")) {
    xmlSAXHandler h;
    memset(&h, 0, sizeof h);
    sax_handler(&h);
    base = bench_peak_rss_kb();
    double t0 = bench_now();
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&h, NULL, NULL, 0, argv[2]);
    xmlCtxtUseOptions(ctxt, options);
    const size_t chunk = 65536;
    for (size_t off = 0; off < size; off += chunk) {
      size_t n = size - off < chunk ? size - off : chunk;
      if (xmlParseChunk(ctxt, buf + off, (int)n, 0) != 0) break;
    }
    xmlParseChunk(ctxt, NULL, 0, 1);
    seconds = bench_now() - t0;
    check(ctxt, "push");
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
  } else if (!strcmp(mode, "reader")) {
    base = bench_peak_rss_kb();
    double t0 = bench_now();
    xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)size, argv[2], NULL, options);
    int ret;
    while ((ret = xmlTextReaderRead(r)) == 1) {
      int type = xmlTextReaderNodeType(r);
      if (type == XML_READER_TYPE_ELEMENT) {
        counts.elements++;
        if (xmlTextReaderHasAttributes(r)) {
          while (xmlTextReaderMoveToNextAttribute(r) == 1)
            if (!xmlTextReaderIsNamespaceDecl(r)) counts.attributes++;
          xmlTextReaderMoveToElement(r);
        }
      } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                 type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
        const xmlChar *v = xmlTextReaderConstValue(r);
        if (v) counts.text += (long long)strlen((const char *)v);
      }
    }
    seconds = bench_now() - t0;
    if (ret != 0) { fprintf(stderr, "bench-libxml2: reader failed\n"); return 1; }
    xmlFreeTextReader(r);
  } else if (!strcmp(mode, "xpath") || !strcmp(mode, "serialize") || !strcmp(mode, "c14n")) {
    xmlDocPtr doc = xmlReadMemory(buf, (int)size, argv[2], NULL, options);
    if (!doc) { fprintf(stderr, "bench-libxml2: parse failed\n"); return 1; }
    count_tree(doc);
    base = bench_peak_rss_kb();
    if (!strcmp(mode, "xpath")) {
      if (argc < 4) { fprintf(stderr, "bench-libxml2: xpath needs an expressions file\n"); return 2; }
      char **exprs;
      int n = bench_read_expressions(argv[3], &exprs);
      double t0 = bench_now();
      xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
      char results[4096] = "";
      for (int i = 0; i < n; i++) {
        xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)exprs[i], ctx);
        char one[64];
        if (!o) snprintf(one, sizeof one, "error");
        else if (o->type == XPATH_NODESET) snprintf(one, sizeof one, "n:%d", o->nodesetval ? o->nodesetval->nodeNr : 0);
        else if (o->type == XPATH_NUMBER) bench_describe_number(one, sizeof one, o->floatval);
        else if (o->type == XPATH_STRING) snprintf(one, sizeof one, "s:%zu", strlen((const char *)o->stringval));
        else if (o->type == XPATH_BOOLEAN) snprintf(one, sizeof one, "b:%d", o->boolval ? 1 : 0);
        else snprintf(one, sizeof one, "type%d", (int)o->type);
        if (o) xmlXPathFreeObject(o);
        if (i) strncat(results, "|", sizeof results - strlen(results) - 1);
        strncat(results, one, sizeof results - strlen(results) - 1);
      }
      xmlXPathFreeContext(ctx);
      seconds = bench_now() - t0;
      snprintf(extra, sizeof extra, " xpath=%s", results);
    } else if (!strcmp(mode, "serialize")) {
      xmlChar *out = NULL;
      int out_size = 0;
      double t0 = bench_now();
      xmlDocDumpMemory(doc, &out, &out_size);
      seconds = bench_now() - t0;
      snprintf(extra, sizeof extra, " out_bytes=%d", out_size);
      xmlFree(out);
    } else {
      xmlChar *out = NULL;
      double t0 = bench_now();
      int out_size = xmlC14NDocDumpMemory(doc, NULL, XML_C14N_1_0, NULL, 0, &out);
      seconds = bench_now() - t0;
      if (out_size < 0) { fprintf(stderr, "bench-libxml2: c14n failed\n"); return 1; }
      snprintf(extra, sizeof extra, " out_bytes=%d", out_size);
      xmlFree(out);
    }
    bench_print(seconds, counts, base, extra);
    xmlFreeDoc(doc);
    return 0;
  } else {
    fprintf(stderr, "bench-libxml2: unknown mode %s\n", mode);
    return 2;
  }
  bench_print(seconds, counts, base, extra);
  return 0;
}
