/*
 * XPath with what a program registers: namespaces, variables, a variable lookup, C extension
 * functions called through the value stack (as libxslt's are). Prints each result.
 *
 *   xpath_functions FILE...
 */
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* my:twice(n) = 2n */
static void twice(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 1) { xmlXPathErr(ctxt, XPATH_INVALID_ARITY); return; }
  double n = xmlXPathPopNumber(ctxt);
  valuePush(ctxt, xmlXPathNewFloat(2 * n));
}
/* my:join(a, b) = a-b */
static void join(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 2) { xmlXPathErr(ctxt, XPATH_INVALID_ARITY); return; }
  xmlChar *b = xmlXPathPopString(ctxt), *a = xmlXPathPopString(ctxt);
  xmlChar *r = xmlStrcat(xmlStrcat(a, BAD_CAST "-"), b);
  xmlFree(b);
  valuePush(ctxt, xmlXPathWrapString(r));
}
/* my:firsts(nodes) = the first child element of each node */
static void firsts(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 1) { xmlXPathErr(ctxt, XPATH_INVALID_ARITY); return; }
  xmlNodeSetPtr in = xmlXPathPopNodeSet(ctxt);
  xmlNodeSetPtr out = xmlXPathNodeSetCreate(NULL);
  for (int i = 0; in != NULL && i < in->nodeNr; i++) {
    xmlNodePtr c = in->nodeTab[i]->children;
    while (c != NULL && c->type != XML_ELEMENT_NODE) c = c->next;
    if (c != NULL) xmlXPathNodeSetAdd(out, c);
  }
  xmlXPathFreeNodeSet(in);
  valuePush(ctxt, xmlXPathWrapNodeSet(out));
}
static xmlXPathObjectPtr lookupVariable(void *data, const xmlChar *name, const xmlChar *ns) {
  (void) data;
  if (ns == NULL && xmlStrEqual(name, BAD_CAST "looked")) return xmlXPathNewString(BAD_CAST "from lookup");
  return NULL;
}

static void show(xmlXPathContextPtr ctx, const char *expr) {
  xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, ctx);
  printf("%s => ", expr);
  if (r == NULL) { printf("(error)\n"); return; }
  switch (r->type) {
  case XPATH_NODESET:
    printf("nodes:");
    for (int i = 0; r->nodesetval != NULL && i < r->nodesetval->nodeNr; i++) printf(" %s", (const char *) r->nodesetval->nodeTab[i]->name);
    printf("\n");
    break;
  case XPATH_STRING: printf("string [%s]\n", (const char *) r->stringval); break;
  case XPATH_NUMBER: printf("number %g\n", r->floatval); break;
  case XPATH_BOOLEAN: printf("boolean %d\n", r->boolval); break;
  default: printf("type %d\n", r->type);
  }
  xmlXPathFreeObject(r);
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    printf("== %s\n", argv[i]);
    xmlDocPtr doc = xmlReadFile(argv[i], NULL, XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == NULL) { printf("not well-formed\n"); continue; }
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathRegisterNs(ctx, BAD_CAST "my", BAD_CAST "urn:my");
    xmlXPathRegisterFuncNS(ctx, BAD_CAST "twice", BAD_CAST "urn:my", twice);
    xmlXPathRegisterFuncNS(ctx, BAD_CAST "join", BAD_CAST "urn:my", join);
    xmlXPathRegisterFuncNS(ctx, BAD_CAST "firsts", BAD_CAST "urn:my", firsts);
    xmlXPathRegisterVariable(ctx, BAD_CAST "v", xmlXPathNewFloat(21));
    xmlXPathRegisterVariableLookup(ctx, lookupVariable, NULL);
    show(ctx, "my:twice($v)");
    show(ctx, "my:twice(count(//*))");
    show(ctx, "my:join(name(/*), string($v))");
    show(ctx, "my:firsts(//*)");
    show(ctx, "count(my:firsts(/*))");
    show(ctx, "$looked");
    show(ctx, "my:twice()");
    show(ctx, "my:missing(1)");
    xmlXPathFreeContext(ctx);
    xmlFreeDoc(doc);
  }
  xmlCleanupParser();
  return 0;
}
