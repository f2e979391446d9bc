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
 *   xpath-batch-libxml2 EXPRS DOC
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

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: %s EXPRS DOC\n", argv[0]); return 2; }
  FILE *exprs = fopen(argv[1], "r");
  if (exprs == NULL) { perror(argv[1]); return 1; }
  xmlSetGenericErrorFunc(NULL, silent);
  signal(SIGALRM, too_slow);
  xmlDocPtr doc = xmlReadFile(argv[2], NULL, XML_PARSE_COMPACT | XML_PARSE_BIG_LINES);
  if (doc == NULL) return 1;
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
