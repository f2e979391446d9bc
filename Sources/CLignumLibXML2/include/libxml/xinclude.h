/*
 * Lignum's libxml2-compatible C interface: XInclude processing.
 */
#ifndef LIGNUM_LIBXML_XINCLUDE_H
#define LIGNUM_LIBXML_XINCLUDE_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Namespaces, element names and attribute names and values of XInclude. */
#define XINCLUDE_NS (const xmlChar *) "http://www.w3.org/2003/XInclude"
#define XINCLUDE_OLD_NS (const xmlChar *) "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NODE (const xmlChar *) "include"
#define XINCLUDE_FALLBACK (const xmlChar *) "fallback"
#define XINCLUDE_HREF (const xmlChar *) "href"
#define XINCLUDE_PARSE (const xmlChar *) "parse"
#define XINCLUDE_PARSE_XML (const xmlChar *) "xml"
#define XINCLUDE_PARSE_TEXT (const xmlChar *) "text"
#define XINCLUDE_PARSE_ENCODING (const xmlChar *) "encoding"
#define XINCLUDE_PARSE_XPOINTER (const xmlChar *) "xpointer"

/* The state of an XInclude pass; private. */
typedef struct _xmlXIncludeCtxt xmlXIncludeCtxt;
typedef xmlXIncludeCtxt *xmlXIncludeCtxtPtr;

/* Processing XInclude elements of a document or subtree. */
XMLPUBFUN int XMLCALL xmlXIncludeProcess(xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlXIncludeProcessFlags(xmlDocPtr doc, int flags);
XMLPUBFUN int XMLCALL xmlXIncludeProcessFlagsData(xmlDocPtr doc, int flags, void *data);
XMLPUBFUN int XMLCALL xmlXIncludeProcessTreeFlagsData(xmlNodePtr tree, int flags, void *data);
XMLPUBFUN int XMLCALL xmlXIncludeProcessTree(xmlNodePtr tree);
XMLPUBFUN int XMLCALL xmlXIncludeProcessTreeFlags(xmlNodePtr tree, int flags);

/* XInclude contexts. */
XMLPUBFUN xmlXIncludeCtxtPtr XMLCALL xmlXIncludeNewContext(xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlXIncludeSetFlags(xmlXIncludeCtxtPtr ctxt, int flags);
XMLPUBFUN void XMLCALL xmlXIncludeFreeContext(xmlXIncludeCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlXIncludeProcessNode(xmlXIncludeCtxtPtr ctxt, xmlNodePtr tree);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XINCLUDE_H */
