/*
 * The libxml2 side of scripts/differential-xpath.sh in batch mode: parses DOC once as
 * `xmllint --xpath` does (xmlReadFile with XML_PARSE_COMPACT | XML_PARSE_BIG_LINES), then for
 * each line of EXPRS prints what `xmllint --xpath LINE DOC` prints on standard output for the
 * result (libxml2 2.9's xmllint: node-sets node by node with xmlNodeDumpOutput, a newline after
 * each, "true"/"false", numbers as "%0g" (so -0 for negative zero) with Infinity/-Infinity/NaN spelled out, strings as
 * they are), followed by U+001E, the exit status xmllint would return (0, or 10 for an empty
 * node-set or a failed evaluation) and a newline: the record format of `lignum lint --xpath-batch`.
 *
 *   cc -O2 -o xpath-batch-libxml2 xpath-batch-libxml2.c $(pkg-config --cflags --libs libxml-2.0)
 *   xpath-batch-libxml2 [--noent] [--no-dtd-nodes] EXPRS DOC
 *   xpath-batch-libxml2 --features DOC
 *
 * --noent parses as `xmllint --noent` does (XML_PARSE_NOENT). --no-dtd-nodes unlinks the
 * comments and processing instructions of the document type declaration before evaluating:
 * libxml2 keeps them as children of its xmlDtd node and its descendant axes enter that node, so
 * `//comment()` finds them; in XPath's data model (§5) the DTD is not part of the tree.
 * --features prints which of those two traits libxml2's tree of DOC has: `entity-references`
 * (xmlEntityRef nodes, kept without --noent) and `dtd-nodes` (such comments or PIs).
 *
 * scripts/differential-xpath.sh checks that this program and xmllint agree, expression by
 * expression, on a sample before trusting it for the whole run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xmlsave.h>

static void silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/* An expression that runs longer than 10 s (libxml2 loops or goes quadratic on a few):
 * end the batch with a short record count, so that the caller compares this document
 * expression by expression instead. */
static void too_slow(int sig) { (void)sig; _exit(3); }

/* Prints one result as xmllint does; returns the status xmllint would exit with. */
static int dump(xmlXPathObjectPtr res) {
  switch (res->type) {
  case XPATH_NODESET: {
    if (res->nodesetval == NULL || res->nodesetval->nodeNr <= 0) return 10;
    xmlOutputBufferPtr out = xmlOutputBufferCreateFile(stdout, NULL);
    for (int i = 0; i < res->nodesetval->nodeNr; i++) {
      xmlNodeDumpOutput(out, NULL, res->nodesetval->nodeTab[i], 0, 0, NULL);
      xmlOutputBufferWrite(out, 1, "\n");
    }
    xmlOutputBufferClose(out);
    return 0;
  }
  case XPATH_BOOLEAN:
    fputs(res->boolval ? "true\n" : "false\n", stdout);
    return 0;
  case XPATH_NUMBER:
    if (xmlXPathIsInf(res->floatval) == 1) fputs("Infinity\n", stdout);
    else if (xmlXPathIsInf(res->floatval) == -1) fputs("-Infinity\n", stdout);
    else if (xmlXPathIsNaN(res->floatval)) fputs("NaN\n", stdout);
    else printf("%0g\n", res->floatval);
    return 0;
  case XPATH_STRING:
    printf("%s\n", (const char *)res->stringval);
    return 0;
  default:
    return 10;
  }
}

/* Whether the subtree of `n` holds an entity-reference node. */
static int has_entity_reference(xmlNodePtr n) {
  for (; n != NULL; n = n->next) {
    if (n->type == XML_ENTITY_REF_NODE) return 1;
    if (n->type == XML_ELEMENT_NODE && has_entity_reference(n->children)) return 1;
  }
  return 0;
}

/* Whether a DTD node has comment or PI children; with `unlink`, removes them. */
static int dtd_nodes(xmlDtdPtr dtd, int unlink) {
  int found = 0;
  if (dtd == NULL) return 0;
  xmlNodePtr next;
  for (xmlNodePtr n = dtd->children; n != NULL; n = next) {
    next = n->next;
    if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
      found = 1;
      if (unlink) { xmlUnlinkNode(n); xmlFreeNode(n); }
    }
  }
  return found;
}

int main(int argc, char **argv) {
  int options = XML_PARSE_COMPACT | XML_PARSE_BIG_LINES, strip = 0, features = 0, a = 1;
  for (; a < argc && strncmp(argv[a], "--", 2) == 0; a++) {
    if (strcmp(argv[a], "--noent") == 0) options |= XML_PARSE_NOENT;
    else if (strcmp(argv[a], "--no-dtd-nodes") == 0) strip = 1;
    else if (strcmp(argv[a], "--features") == 0) features = 1;
    else { fprintf(stderr, "unknown option %s\n", argv[a]); return 2; }
  }
  xmlSetGenericErrorFunc(NULL, silent);
  if (features) {
    if (argc - a != 1) { fprintf(stderr, "usage: %s --features DOC\n", argv[0]); return 2; }
    xmlDocPtr doc = xmlReadFile(argv[a], NULL, options);
    if (doc == NULL) return 1;
    if (has_entity_reference(doc->children)) printf("entity-references\n");
    if (dtd_nodes(doc->intSubset, 0) || dtd_nodes(doc->extSubset, 0)) printf("dtd-nodes\n");
    xmlFreeDoc(doc);
    return 0;
  }
  if (argc - a != 2) { fprintf(stderr, "usage: %s [--noent] [--no-dtd-nodes] EXPRS DOC\n", argv[0]); return 2; }
  FILE *exprs = fopen(argv[a], "r");
  if (exprs == NULL) { perror(argv[a]); return 1; }
  signal(SIGALRM, too_slow);
  xmlDocPtr doc = xmlReadFile(argv[a + 1], NULL, options);
  if (doc == NULL) return 1;
  if (strip) { dtd_nodes(doc->intSubset, 1); dtd_nodes(doc->extSubset, 1); }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, exprs)) >= 0) {
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
    xmlXPathContextPtr ctxt = xmlXPathNewContext(doc);
    ctxt->node = (xmlNodePtr)doc;
    alarm(10);
    xmlXPathObjectPtr res = xmlXPathEval(BAD_CAST line, ctxt);
    alarm(0);
    xmlXPathFreeContext(ctxt);
    int status = 10;
    if (res != NULL) { status = dump(res); xmlXPathFreeObject(res); }
    printf("\x1e%d\n", status);
    fflush(stdout);
  }
  free(line);
  fclose(exprs);
  xmlFreeDoc(doc);
  return 0;
}
