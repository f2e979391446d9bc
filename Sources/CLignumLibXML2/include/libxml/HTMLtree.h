/*
 * Lignum's libxml2-compatible C interface: HTML trees and their serialisation.
 */
#ifndef LIGNUM_LIBXML_HTMLTREE_H
#define LIGNUM_LIBXML_HTMLTREE_H

#include <stdio.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>

/* HTML names of the node kinds an HTML tree holds. */
#define HTML_TEXT_NODE XML_TEXT_NODE
#define HTML_ENTITY_REF_NODE XML_ENTITY_REF_NODE
#define HTML_COMMENT_NODE XML_COMMENT_NODE
#define HTML_PRESERVE_NODE XML_CDATA_SECTION_NODE
#define HTML_PI_NODE XML_PI_NODE

#ifdef __cplusplus
extern "C" {
#endif

/* New HTML documents and their meta charset declaration. */
XMLPUBFUN htmlDocPtr XMLCALL htmlNewDoc(const xmlChar *URI, const xmlChar *ExternalID);
XMLPUBFUN htmlDocPtr XMLCALL htmlNewDocNoDtD(const xmlChar *URI, const xmlChar *ExternalID);
XMLPUBFUN const xmlChar *XMLCALL htmlGetMetaEncoding(htmlDocPtr doc);
XMLPUBFUN int XMLCALL htmlSetMetaEncoding(htmlDocPtr doc, const xmlChar *encoding);

/* Serializing HTML documents and nodes to memory, files and buffers. */
XMLPUBFUN void XMLCALL htmlDocDumpMemory(xmlDocPtr cur, xmlChar **mem, int *size);
XMLPUBFUN void XMLCALL htmlDocDumpMemoryFormat(xmlDocPtr cur, xmlChar **mem, int *size, int format);
XMLPUBFUN int XMLCALL htmlDocDump(FILE *f, xmlDocPtr cur);
XMLPUBFUN int XMLCALL htmlSaveFile(const char *filename, xmlDocPtr cur);
XMLPUBFUN int XMLCALL htmlNodeDump(xmlBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur);
XMLPUBFUN void XMLCALL htmlNodeDumpFile(FILE *out, xmlDocPtr doc, xmlNodePtr cur);
XMLPUBFUN int XMLCALL htmlNodeDumpFileFormat(FILE *out, xmlDocPtr doc, xmlNodePtr cur,
                                             const char *encoding, int format);
XMLPUBFUN int XMLCALL htmlSaveFileEnc(const char *filename, xmlDocPtr cur, const char *encoding);
XMLPUBFUN int XMLCALL htmlSaveFileFormat(const char *filename, xmlDocPtr cur, const char *encoding,
                                         int format);
XMLPUBFUN void XMLCALL htmlNodeDumpFormatOutput(xmlOutputBufferPtr buf, xmlDocPtr doc,
                                                xmlNodePtr cur, const char *encoding, int format);
XMLPUBFUN void XMLCALL htmlDocContentDumpOutput(xmlOutputBufferPtr buf, xmlDocPtr cur,
                                                const char *encoding);
XMLPUBFUN void XMLCALL htmlDocContentDumpFormatOutput(xmlOutputBufferPtr buf, xmlDocPtr cur,
                                                      const char *encoding, int format);
XMLPUBFUN void XMLCALL htmlNodeDumpOutput(xmlOutputBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur,
                                          const char *encoding);

/* Whether an attribute is an HTML boolean attribute (written without value). */
XMLPUBFUN int XMLCALL htmlIsBooleanAttr(const xmlChar *name);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_HTMLTREE_H */
