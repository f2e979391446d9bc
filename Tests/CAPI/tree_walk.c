/*
 * Reads each document named on the command line with the given xmlReadFile options and prints
 * its C tree field by field: what a libxml2 program sees of the structs. Built once against
 * the system libxml2 and once against Lignum's, the two outputs must be the same.
 *
 *   tree_walk OPTIONS FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

static const char *str(const xmlChar *s) { return s == NULL ? "(null)" : (const char *) s; }

static void printNs(const char *what, xmlNsPtr ns) {
  for (; ns != NULL; ns = ns->next)
    printf(" %s[%s=%s type=%d]", what, str(ns->prefix), str(ns->href), (int) ns->type);
}

static void printNode(xmlNodePtr n, int depth) {
  printf("%*s%d name=%s", depth * 2, "", (int) n->type, str(n->name));
  if (n->type == XML_TEXT_NODE) printf(" textname=%s", n->name == xmlStringText ? "static" : "copy");
  if (n->type != XML_ELEMENT_NODE && n->type != XML_ENTITY_REF_NODE && n->type != XML_DTD_NODE)
    printf(" content=[%s]", str(n->content));
  if (n->type == XML_ELEMENT_NODE) {
    if (n->ns != NULL) printf(" ns=%s", str(n->ns->href));
    printNs("nsDef", n->nsDef);
    for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
      xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
      printf(" @%s%s%s=[%s]", a->ns ? str(a->ns->prefix) : "", a->ns ? ":" : "", str(a->name), str(v));
      if (a->parent != n) printf(" BAD-PARENT");
      xmlFree(v);
    }
    xmlChar *content = xmlNodeGetContent(n);
    printf(" text=[%s]", str(content));
    xmlFree(content);
  }
  if (n->type == XML_DTD_NODE) {
    xmlDtdPtr d = (xmlDtdPtr) n;
    printf(" ExternalID=%s SystemID=%s intSubset=%s", str(d->ExternalID), str(d->SystemID),
           n->doc->intSubset == d ? "yes" : "no");
  }
  printf("\n");
  if (n->type == XML_ENTITY_REF_NODE || n->type == XML_DTD_NODE) return;
  xmlNodePtr prev = NULL;
  for (xmlNodePtr c = n->children; c != NULL; c = c->next) {
    if (c->parent != n || c->prev != prev || c->doc != n->doc) printf("%*sBAD-LINKS\n", depth * 2, "");
    printNode(c, depth + 1);
    prev = c;
  }
  if (n->last != prev) printf("%*sBAD-LAST\n", depth * 2, "");
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: tree_walk OPTIONS FILE...\n"); return 2; }
  LIBXML_TEST_VERSION
  int options = atoi(argv[1]);
  for (int i = 2; i < argc; i++) {
    xmlDocPtr doc = xmlReadFile(argv[i], NULL, options);
    printf("== %s\n", argv[i]);
    if (doc == NULL) {
      xmlErrorPtr e = xmlGetLastError();
      printf("NULL error domain=%d code=%d level=%d line=%d message=%s", e ? e->domain : -1, e ? e->code : -1,
             e ? (int) e->level : -1, e ? e->line : -1, e && e->message ? e->message : "(none)\n");
      xmlResetLastError();
      continue;
    }
    printf("doc version=%s encoding=%s standalone=%d URL=%s charset=%d\n", str(doc->version), str(doc->encoding),
           doc->standalone, doc->URL ? "set" : "(null)", doc->charset);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    printf("root=%s\n", root ? str(root->name) : "(none)");
    if (root != NULL) {
      xmlChar *id = xmlGetProp(root, BAD_CAST "id");
      printf("root @id=%s hasProp(id)=%s\n", str(id), xmlHasProp(root, BAD_CAST "id") ? "yes" : "no");
      xmlFree(id);
    }
    xmlNodePtr prev = NULL;
    for (xmlNodePtr c = doc->children; c != NULL; c = c->next) {
      if (c->prev != prev) printf("BAD-LINKS\n");
      printNode(c, 1);
      prev = c;
    }
    xmlFreeDoc(doc);
  }
  xmlCleanupParser();
  return 0;
}
