/*
 * Lignum's libxml2-compatible C interface: limits and helpers for code that extends
 * the parser.
 */
#ifndef LIGNUM_LIBXML_PARSERINTERNALS_H
#define LIGNUM_LIBXML_PARSERINTERNALS_H

#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/chvalid.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Limits applied unless XML_PARSE_HUGE is given. */
#define XML_MAX_TEXT_LENGTH 10000000
#define XML_MAX_NAME_LENGTH 50000
#define XML_MAX_DICTIONARY_LIMIT 10000000
#define XML_MAX_LOOKUP_LIMIT 10000000
/* Initial size of name buffers. */
#define XML_MAX_NAMELEN 100
/* Bytes the parser keeps available ahead of the cursor. */
#define INPUT_CHUNK 250

/* Which references xmlStringDecodeEntities replaces. */
#define XML_SUBSTITUTE_NONE 0
#define XML_SUBSTITUTE_REF 1
#define XML_SUBSTITUTE_PEREF 2
#define XML_SUBSTITUTE_BOTH 3

/* Told about each entity reference the parser expands into nodes. */
typedef void (*xmlEntityReferenceFunc)(xmlEntityPtr ent, xmlNodePtr firstNode,
                                       xmlNodePtr lastNode);

/* The depth limit of the parser and text constants of node names. */
XMLPUBVAR unsigned int xmlParserMaxDepth;
XMLPUBVAR const xmlChar xmlStringText[];
XMLPUBVAR const xmlChar xmlStringTextNoenc[];
XMLPUBVAR const xmlChar xmlStringComment[];

/* Whether a code point is an XML letter. */
XMLPUBFUN int XMLCALL xmlIsLetter(int c);

/* Parser contexts for files, URLs, memory and entities. */
XMLPUBFUN xmlParserCtxtPtr XMLCALL xmlCreateFileParserCtxt(const char *filename);
XMLPUBFUN xmlParserCtxtPtr XMLCALL xmlCreateURLParserCtxt(const char *filename, int options);
XMLPUBFUN xmlParserCtxtPtr XMLCALL xmlCreateMemoryParserCtxt(const char *buffer, int size);
XMLPUBFUN xmlParserCtxtPtr XMLCALL
    xmlCreateEntityParserCtxt(const xmlChar *URL, const xmlChar *ID, const xmlChar *base);

/* Changing the encoding of the input. */
XMLPUBFUN int XMLCALL xmlSwitchEncoding(xmlParserCtxtPtr ctxt, xmlCharEncoding enc);
XMLPUBFUN int XMLCALL xmlSwitchToEncoding(xmlParserCtxtPtr ctxt, xmlCharEncodingHandlerPtr handler);
XMLPUBFUN int XMLCALL xmlSwitchInputEncoding(xmlParserCtxtPtr ctxt, xmlParserInputPtr input,
                                             xmlCharEncodingHandlerPtr handler);

/* Reporting encoding errors (library internal). */
#ifdef IN_LIBXML
XMLPUBFUN void XMLCALL __xmlErrEncoding(xmlParserCtxtPtr ctxt, xmlParserErrors xmlerr,
                                        const char *msg, const xmlChar *str1, const xmlChar *str2)
    LIBXML_ATTR_FORMAT(3, 0);
#endif

/* Input streams: creating, stacking and freeing. */
XMLPUBFUN xmlParserInputPtr XMLCALL
    xmlNewStringInputStream(xmlParserCtxtPtr ctxt, const xmlChar *buffer);
XMLPUBFUN xmlParserInputPtr XMLCALL
    xmlNewEntityInputStream(xmlParserCtxtPtr ctxt, xmlEntityPtr entity);
XMLPUBFUN int XMLCALL xmlPushInput(xmlParserCtxtPtr ctxt, xmlParserInputPtr input);
XMLPUBFUN xmlChar XMLCALL xmlPopInput(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlFreeInputStream(xmlParserInputPtr input);
XMLPUBFUN xmlParserInputPtr XMLCALL xmlNewInputFromFile(xmlParserCtxtPtr ctxt,
                                                        const char *filename);
XMLPUBFUN xmlParserInputPtr XMLCALL xmlNewInputStream(xmlParserCtxtPtr ctxt);

/* Productions of the XML grammar, parsed at the current position. */
XMLPUBFUN xmlChar *XMLCALL xmlSplitQName(xmlParserCtxtPtr ctxt, const xmlChar *name,
                                         xmlChar **prefix);
XMLPUBFUN const xmlChar *XMLCALL xmlParseName(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParseNmtoken(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParseEntityValue(xmlParserCtxtPtr ctxt, xmlChar **orig);
XMLPUBFUN xmlChar *XMLCALL xmlParseAttValue(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParseSystemLiteral(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParsePubidLiteral(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseCharData(xmlParserCtxtPtr ctxt, int cdata);
XMLPUBFUN xmlChar *XMLCALL xmlParseExternalID(xmlParserCtxtPtr ctxt, xmlChar **publicID,
                                              int strict);
XMLPUBFUN void XMLCALL xmlParseComment(xmlParserCtxtPtr ctxt);
XMLPUBFUN const xmlChar *XMLCALL xmlParsePITarget(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParsePI(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseNotationDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseEntityDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlParseDefaultDecl(xmlParserCtxtPtr ctxt, xmlChar **value);
XMLPUBFUN xmlEnumerationPtr XMLCALL xmlParseNotationType(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlEnumerationPtr XMLCALL xmlParseEnumerationType(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlParseEnumeratedType(xmlParserCtxtPtr ctxt, xmlEnumerationPtr *tree);
XMLPUBFUN int XMLCALL xmlParseAttributeType(xmlParserCtxtPtr ctxt, xmlEnumerationPtr *tree);
XMLPUBFUN void XMLCALL xmlParseAttributeListDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlElementContentPtr XMLCALL
    xmlParseElementMixedContentDecl(xmlParserCtxtPtr ctxt, int inputchk);
XMLPUBFUN xmlElementContentPtr XMLCALL
    xmlParseElementChildrenContentDecl(xmlParserCtxtPtr ctxt, int inputchk);
XMLPUBFUN int XMLCALL xmlParseElementContentDecl(xmlParserCtxtPtr ctxt, const xmlChar *name,
                                                 xmlElementContentPtr *result);
XMLPUBFUN int XMLCALL xmlParseElementDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseMarkupDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlParseCharRef(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlEntityPtr XMLCALL xmlParseEntityRef(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseReference(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParsePEReference(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseDocTypeDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN const xmlChar *XMLCALL xmlParseAttribute(xmlParserCtxtPtr ctxt, xmlChar **value);
XMLPUBFUN const xmlChar *XMLCALL xmlParseStartTag(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseEndTag(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseCDSect(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseContent(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseElement(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParseVersionNum(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParseVersionInfo(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlParseEncName(xmlParserCtxtPtr ctxt);
XMLPUBFUN const xmlChar *XMLCALL xmlParseEncodingDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlParseSDDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseXMLDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseTextDecl(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseMisc(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseExternalSubset(xmlParserCtxtPtr ctxt, const xmlChar *ExternalID,
                                              const xmlChar *SystemID);

/* Replacing references in attribute and entity values. */
XMLPUBFUN xmlChar *XMLCALL xmlStringDecodeEntities(xmlParserCtxtPtr ctxt, const xmlChar *str,
                                                   int what, xmlChar end, xmlChar end2,
                                                   xmlChar end3);
XMLPUBFUN xmlChar *XMLCALL xmlStringLenDecodeEntities(xmlParserCtxtPtr ctxt, const xmlChar *str,
                                                      int len, int what, xmlChar end, xmlChar end2,
                                                      xmlChar end3);

/* The parser's node, input and name stacks. */
XMLPUBFUN int XMLCALL nodePush(xmlParserCtxtPtr ctxt, xmlNodePtr value);
XMLPUBFUN xmlNodePtr XMLCALL nodePop(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL inputPush(xmlParserCtxtPtr ctxt, xmlParserInputPtr value);
XMLPUBFUN xmlParserInputPtr XMLCALL inputPop(xmlParserCtxtPtr ctxt);
XMLPUBFUN const xmlChar *XMLCALL namePop(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL namePush(xmlParserCtxtPtr ctxt, const xmlChar *value);

/* Reading characters at the cursor. */
XMLPUBFUN int XMLCALL xmlSkipBlankChars(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlStringCurrentChar(xmlParserCtxtPtr ctxt, const xmlChar *cur, int *len);
XMLPUBFUN void XMLCALL xmlParserHandlePEReference(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlCheckLanguageID(const xmlChar *lang);
XMLPUBFUN int XMLCALL xmlCurrentChar(xmlParserCtxtPtr ctxt, int *len);
XMLPUBFUN int XMLCALL xmlCopyCharMultiByte(xmlChar *out, int val);
XMLPUBFUN int XMLCALL xmlCopyChar(int len, xmlChar *out, int val);
XMLPUBFUN void XMLCALL xmlNextChar(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParserInputShrink(xmlParserInputPtr in);

/* HTML parser internals. */
XMLPUBFUN void XMLCALL htmlInitAutoClose(void);
XMLPUBFUN htmlParserCtxtPtr XMLCALL
    htmlCreateFileParserCtxt(const char *filename, const char *encoding);

/* Legacy parser internals. */
XMLPUBFUN void XMLCALL xmlSetEntityReferenceFunc(xmlEntityReferenceFunc func);
XMLPUBFUN xmlChar *XMLCALL xmlParseQuotedString(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParseNamespace(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlNamespaceParseNSDef(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlScanName(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlNamespaceParseNCName(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlParserHandleReference(xmlParserCtxtPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlNamespaceParseQName(xmlParserCtxtPtr ctxt, xmlChar **prefix);
XMLPUBFUN xmlChar *XMLCALL xmlDecodeEntities(xmlParserCtxtPtr ctxt, int len, int what, xmlChar end,
                                             xmlChar end2, xmlChar end3);
XMLPUBFUN void XMLCALL xmlHandleEntity(xmlParserCtxtPtr ctxt, xmlEntityPtr entity);

/* Reporting allocation failures (library internal). */
#ifdef IN_LIBXML
XMLPUBFUN void XMLCALL xmlErrMemory(xmlParserCtxtPtr ctxt, const char *extra);
#endif

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_PARSERINTERNALS_H */
