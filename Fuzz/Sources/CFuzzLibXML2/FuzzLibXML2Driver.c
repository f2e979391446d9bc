/*
 * The C API as a libxml2 program uses it, on one input:
 *   byte 0-1  xmlParserOption bits (masked to the ones that make sense without a network)
 *   byte 2    which extra APIs run: 1 XPath, 2 save, 4 copy, 8 edit, 16 push parser,
 *             64 push parser with a program's SAX handler (events through the SAX2 handlers),
 *             128 the DTD's declaration structs (walked, written, looked up, copied)
 *   rest      the document, then (after a NUL, if any) an XPath expression
 * The tree is walked field by field (names, contents, attributes, namespaces), then saved,
 * copied, edited and freed; every string and struct goes back through xmlFree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/entities.h>
#include <libxml/valid.h>
#include "CFuzzLibXML2.h"

static size_t sink;

static void touch(const xmlChar *s) { if (s != NULL) sink += xmlStrlen(s); }

static size_t events;
static void onStart(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI, int nb_namespaces,
                    const xmlChar **namespaces, int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
  events++;
  for (int i = 0; i < nb_attributes; i++) sink += (size_t) (attributes[5 * i + 4] - attributes[5 * i + 3]);
  xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces, nb_attributes, nb_defaulted, attributes);
}
static void onCharacters(void *ctx, const xmlChar *ch, int len) { events++; xmlSAX2Characters(ctx, ch, len); }

static void walk(xmlNodePtr top) {
  /* Iterative preorder over the subtree, as deep documents need. */
  for (xmlNodePtr n = top; n != NULL;) {
    touch(n->name);
    if (n->type == XML_ELEMENT_NODE) {
      if (n->ns != NULL) touch(n->ns->href);
      for (xmlNsPtr ns = n->nsDef; ns != NULL; ns = ns->next) { touch(ns->prefix); touch(ns->href); }
      for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
        xmlChar *v = xmlGetProp(n, a->name);
        touch(v);
        xmlFree(v);
      }
      xmlChar *path = xmlGetNodePath(n);
      touch(path);
      xmlFree(path);
    } else {
      touch(n->content);
    }
    if (n->children != NULL && n->type == XML_ELEMENT_NODE) { n = n->children; continue; }
    while (n != NULL && n != top && n->next == NULL) n = n->parent;
    if (n == NULL || n == top) break;
    n = n->next;
  }
}

/* The declarations of a DTD as programs read them (lxml's DTD classes, its tostring). */
static void walkDTD(xmlDtdPtr dtd) {
  if (dtd == NULL) return;
  xmlBufferPtr buf = xmlBufferCreate();
  for (xmlNodePtr n = dtd->children; n != NULL; n = n->next) {
    switch (n->type) {
    case XML_ELEMENT_DECL: {
      xmlElementPtr e = (xmlElementPtr) n;
      xmlDumpElementDecl(buf, e);
      for (xmlAttributePtr a = e->attributes; a != NULL; a = a->nexth) touch(a->name);
      if (xmlGetDtdElementDesc(dtd, e->name) == NULL && e->prefix == NULL) abort();
      break;
    }
    case XML_ATTRIBUTE_DECL: {
      xmlAttributePtr a = (xmlAttributePtr) n;
      xmlDumpAttributeDecl(buf, a);
      for (xmlEnumerationPtr v = a->tree; v != NULL; v = v->next) touch(v->name);
      if (xmlGetDtdQAttrDesc(dtd, a->elem, a->name, a->prefix) != a) abort();
      break;
    }
    case XML_ENTITY_DECL: {
      xmlEntityPtr e = (xmlEntityPtr) n;
      xmlDumpEntityDecl(buf, e);
      touch(e->URI);
      touch(e->orig);
      break;
    }
    default:
      touch(n->content);
      break;
    }
  }
  if (dtd->notations != NULL) xmlDumpNotationTable(buf, dtd->notations);
  sink += (size_t) xmlBufferLength(buf);
  xmlBufferFree(buf);
  xmlDtdPtr copy = xmlCopyDtd(dtd);
  xmlFreeDtd(copy);
}

int lignum_fuzz_libxml2(const uint8_t *data, size_t size) {
  if (size < 3) return 0;
  int options = (data[0] | (data[1] << 8)) & (XML_PARSE_RECOVER | XML_PARSE_NOENT | XML_PARSE_DTDATTR |
                XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS | XML_PARSE_NOCDATA | XML_PARSE_NONET);
  options |= XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET;
  int extras = data[2];
  const char *doc_text = (const char *) data + 3;
  size_t doc_len = size - 3;
  const char *expr = memchr(doc_text, 0, doc_len);
  size_t expr_len = 0;
  if (expr != NULL) { expr_len = doc_len - (size_t) (expr - doc_text) - 1; doc_len = (size_t) (expr - doc_text); expr++; }

  xmlDocPtr doc;
  if (extras & 64) {
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    xmlSAXVersion(&sax, 2);
    sax.startElementNs = onStart;
    sax.characters = onCharacters;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, doc_text, (int) (doc_len / 3), "fuzz.xml");
    if (ctxt == NULL) return 0;
    xmlCtxtUseOptions(ctxt, options);
    xmlParseChunk(ctxt, doc_text + doc_len / 3, (int) (doc_len - doc_len / 3), 1);
    doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
  } else if (extras & 16) {
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(NULL, NULL, NULL, 0, "fuzz.xml");
    if (ctxt == NULL) return 0;
    xmlCtxtUseOptions(ctxt, options);
    size_t half = doc_len / 2;
    xmlParseChunk(ctxt, doc_text, (int) half, 0);
    xmlParseChunk(ctxt, doc_text + half, (int) (doc_len - half), 1);
    doc = ctxt->myDoc;
    xmlFreeParserCtxt(ctxt);
  } else {
    doc = xmlReadMemory(doc_text, (int) doc_len, "fuzz.xml", NULL, options);
  }
  if (doc == NULL) { xmlResetLastError(); return 0; }

  xmlNodePtr root = xmlDocGetRootElement(doc);
  walk(root);
  xmlChar *content = xmlNodeGetContent((xmlNodePtr) doc);
  touch(content);
  xmlFree(content);

  if (extras & 128) {
    walkDTD(doc->intSubset);
    walkDTD(doc->extSubset);
  }

  if ((extras & 1) && expr != NULL && expr_len > 0) {
    char *text = malloc(expr_len + 1);
    memcpy(text, expr, expr_len);
    text[expr_len] = 0;
    xmlXPathContextPtr xp = xmlXPathNewContext(doc);
    if (xp != NULL) {
      xp->node = root;
      xmlXPathRegisterNs(xp, BAD_CAST "p", BAD_CAST "urn:p");
      xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST text, xp);
      if (result != NULL && result->nodesetval != NULL) {
        for (int i = 0; i < result->nodesetval->nodeNr; i++) {
          xmlNodePtr n = result->nodesetval->nodeTab[i];
          if (n->type != XML_NAMESPACE_DECL) { xmlChar *s = xmlXPathCastNodeToString(n); touch(s); xmlFree(s); }
        }
      }
      xmlXPathFreeObject(result);
      xmlXPathFreeContext(xp);
    }
    free(text);
  }
  if (extras & 2) {
    xmlChar *out = NULL;
    int len = 0;
    xmlDocDumpFormatMemory(doc, &out, &len, extras & 32 ? 1 : 0);
    sink += (size_t) len;
    xmlFree(out);
  }
  if (extras & 4) {
    xmlDocPtr copy = xmlCopyDoc(doc, 1);
    walk(xmlDocGetRootElement(copy));
    xmlFreeDoc(copy);
    if (root != NULL) {
      xmlNodePtr node = xmlDocCopyNode(root, doc, 1);
      xmlFreeNode(node);
    }
  }
  if ((extras & 8) && root != NULL) {
    xmlNodePtr child = xmlNewChild(root, NULL, BAD_CAST "added", BAD_CAST "a &amp; b &x;");
    xmlSetProp(child, BAD_CAST "k", BAD_CAST "v");
    xmlNodeAddContent(child, BAD_CAST " more");
    xmlNodePtr first = root->children;
    if (first != NULL && first != child) {
      xmlUnlinkNode(first);
      xmlAddNextSibling(child, first);
    }
    xmlNodeSetContent(child, BAD_CAST "replaced");
    walk(root);
  }
  xmlFreeDoc(doc);
  return 0;
}
