/*
 * Lignum's libxml2-compatible C interface: DTD validation contexts and the tables of
 * declarations, IDs and references.
 */
#ifndef LIGNUM_LIBXML_VALID_H
#define LIGNUM_LIBXML_VALID_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_VALID
#endif

#include <libxml/xmlversion.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#include <libxml/list.h>
#include <libxml/xmlautomata.h>
#include <libxml/xmlregexp.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One entry of the validator's element stack; private. */
typedef struct _xmlValidState xmlValidState;
typedef xmlValidState *xmlValidStatePtr;

/* Receive validity errors and warnings, printf-style. */
typedef void (XMLCDECL *xmlValidityErrorFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);
typedef void (XMLCDECL *xmlValidityWarningFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);

/* The state of a DTD validation. */
typedef struct _xmlValidCtxt xmlValidCtxt;
typedef xmlValidCtxt *xmlValidCtxtPtr;
struct _xmlValidCtxt {
    void *userData;                   /* passed to error and warning */
    xmlValidityErrorFunc error;
    xmlValidityWarningFunc warning;
    xmlNodePtr node;                  /* the element being checked */
    int nodeNr;
    int nodeMax;
    xmlNodePtr *nodeTab;              /* stack of open elements */
    unsigned int finishDtd;           /* internal state bits */
    xmlDocPtr doc;
    int valid;                        /* 0 once an error was found */
    xmlValidState *vstate;            /* top of the content-model stack */
    int vstateNr;
    int vstateMax;
    xmlValidState *vstateTab;
    xmlAutomataPtr am;                /* automaton being built for a content model */
    xmlAutomataStatePtr state;
};

/* Declaration, ID and reference tables are hash tables. */
typedef struct _xmlHashTable xmlNotationTable;
typedef xmlNotationTable *xmlNotationTablePtr;
typedef struct _xmlHashTable xmlElementTable;
typedef xmlElementTable *xmlElementTablePtr;
typedef struct _xmlHashTable xmlAttributeTable;
typedef xmlAttributeTable *xmlAttributeTablePtr;
typedef struct _xmlHashTable xmlIDTable;
typedef xmlIDTable *xmlIDTablePtr;
typedef struct _xmlHashTable xmlRefTable;
typedef xmlRefTable *xmlRefTablePtr;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_VALID
#undef LIGNUM_LIBXML_CORE_OUTER_VALID
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_VALID_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_VALID_FUNCTIONS)
#define LIGNUM_LIBXML_VALID_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Notation declarations. */
XMLPUBFUN xmlNotationPtr XMLCALL xmlAddNotationDecl(xmlValidCtxtPtr ctxt, xmlDtdPtr dtd,
                                                    const xmlChar *name, const xmlChar *PublicID,
                                                    const xmlChar *SystemID);
XMLPUBFUN xmlNotationTablePtr XMLCALL xmlCopyNotationTable(xmlNotationTablePtr table);
XMLPUBFUN void XMLCALL xmlFreeNotationTable(xmlNotationTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpNotationDecl(xmlBufferPtr buf, xmlNotationPtr nota);
XMLPUBFUN void XMLCALL xmlDumpNotationTable(xmlBufferPtr buf, xmlNotationTablePtr table);

/* Content models of element declarations. */
XMLPUBFUN xmlElementContentPtr XMLCALL
    xmlNewElementContent(const xmlChar *name, xmlElementContentType type);
XMLPUBFUN xmlElementContentPtr XMLCALL xmlCopyElementContent(xmlElementContentPtr content);
XMLPUBFUN void XMLCALL xmlFreeElementContent(xmlElementContentPtr cur);
XMLPUBFUN xmlElementContentPtr XMLCALL
    xmlNewDocElementContent(xmlDocPtr doc, const xmlChar *name, xmlElementContentType type);
XMLPUBFUN xmlElementContentPtr XMLCALL
    xmlCopyDocElementContent(xmlDocPtr doc, xmlElementContentPtr content);
XMLPUBFUN void XMLCALL xmlFreeDocElementContent(xmlDocPtr doc, xmlElementContentPtr cur);
XMLPUBFUN void XMLCALL xmlSnprintfElementContent(char *buf, int size, xmlElementContentPtr content,
                                                 int englob);
XMLPUBFUN void XMLCALL xmlSprintfElementContent(char *buf, xmlElementContentPtr content,
                                                int englob);

/* Element declarations. */
XMLPUBFUN xmlElementPtr XMLCALL xmlAddElementDecl(xmlValidCtxtPtr ctxt, xmlDtdPtr dtd,
                                                  const xmlChar *name, xmlElementTypeVal type,
                                                  xmlElementContentPtr content);
XMLPUBFUN xmlElementTablePtr XMLCALL xmlCopyElementTable(xmlElementTablePtr table);
XMLPUBFUN void XMLCALL xmlFreeElementTable(xmlElementTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpElementTable(xmlBufferPtr buf, xmlElementTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpElementDecl(xmlBufferPtr buf, xmlElementPtr elem);

/* Enumerated attribute values. */
XMLPUBFUN xmlEnumerationPtr XMLCALL xmlCreateEnumeration(const xmlChar *name);
XMLPUBFUN void XMLCALL xmlFreeEnumeration(xmlEnumerationPtr cur);
XMLPUBFUN xmlEnumerationPtr XMLCALL xmlCopyEnumeration(xmlEnumerationPtr cur);

/* Attribute declarations. */
XMLPUBFUN xmlAttributePtr XMLCALL xmlAddAttributeDecl(xmlValidCtxtPtr ctxt, xmlDtdPtr dtd,
                                                      const xmlChar *elem, const xmlChar *name,
                                                      const xmlChar *ns, xmlAttributeType type,
                                                      xmlAttributeDefault def,
                                                      const xmlChar *defaultValue,
                                                      xmlEnumerationPtr tree);
XMLPUBFUN xmlAttributeTablePtr XMLCALL xmlCopyAttributeTable(xmlAttributeTablePtr table);
XMLPUBFUN void XMLCALL xmlFreeAttributeTable(xmlAttributeTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpAttributeTable(xmlBufferPtr buf, xmlAttributeTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpAttributeDecl(xmlBufferPtr buf, xmlAttributePtr attr);

/* ID attributes. */
XMLPUBFUN xmlIDPtr XMLCALL xmlAddID(xmlValidCtxtPtr ctxt, xmlDocPtr doc, const xmlChar *value,
                                    xmlAttrPtr attr);
XMLPUBFUN void XMLCALL xmlFreeIDTable(xmlIDTablePtr table);
XMLPUBFUN xmlAttrPtr XMLCALL xmlGetID(xmlDocPtr doc, const xmlChar *ID);
XMLPUBFUN int XMLCALL xmlIsID(xmlDocPtr doc, xmlNodePtr elem, xmlAttrPtr attr);
XMLPUBFUN int XMLCALL xmlRemoveID(xmlDocPtr doc, xmlAttrPtr attr);

/* IDREF attributes. */
XMLPUBFUN xmlRefPtr XMLCALL xmlAddRef(xmlValidCtxtPtr ctxt, xmlDocPtr doc, const xmlChar *value,
                                      xmlAttrPtr attr);
XMLPUBFUN void XMLCALL xmlFreeRefTable(xmlRefTablePtr table);
XMLPUBFUN int XMLCALL xmlIsRef(xmlDocPtr doc, xmlNodePtr elem, xmlAttrPtr attr);
XMLPUBFUN int XMLCALL xmlRemoveRef(xmlDocPtr doc, xmlAttrPtr attr);
XMLPUBFUN xmlListPtr XMLCALL xmlGetRefs(xmlDocPtr doc, const xmlChar *ID);

/* Validation contexts and DTD validation. */
XMLPUBFUN xmlValidCtxtPtr XMLCALL xmlNewValidCtxt(void);
XMLPUBFUN void XMLCALL xmlFreeValidCtxt(xmlValidCtxtPtr);
XMLPUBFUN int XMLCALL xmlValidateRoot(xmlValidCtxtPtr ctxt, xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlValidateElementDecl(xmlValidCtxtPtr ctxt, xmlDocPtr doc,
                                             xmlElementPtr elem);
XMLPUBFUN xmlChar *XMLCALL
    xmlValidNormalizeAttributeValue(xmlDocPtr doc, xmlNodePtr elem, const xmlChar *name,
                                    const xmlChar *value);
XMLPUBFUN xmlChar *XMLCALL
    xmlValidCtxtNormalizeAttributeValue(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem,
                                        const xmlChar *name, const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateAttributeDecl(xmlValidCtxtPtr ctxt, xmlDocPtr doc,
                                               xmlAttributePtr attr);
XMLPUBFUN int XMLCALL xmlValidateAttributeValue(xmlAttributeType type, const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateNotationDecl(xmlValidCtxtPtr ctxt, xmlDocPtr doc,
                                              xmlNotationPtr nota);
XMLPUBFUN int XMLCALL xmlValidateDtd(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlDtdPtr dtd);
XMLPUBFUN int XMLCALL xmlValidateDtdFinal(xmlValidCtxtPtr ctxt, xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlValidateDocument(xmlValidCtxtPtr ctxt, xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlValidateElement(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem);
XMLPUBFUN int XMLCALL xmlValidateOneElement(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem);
XMLPUBFUN int XMLCALL xmlValidateOneAttribute(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem,
                                              xmlAttrPtr attr, const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateOneNamespace(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem,
                                              const xmlChar *prefix, xmlNsPtr ns,
                                              const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateDocumentFinal(xmlValidCtxtPtr ctxt, xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlValidateNotationUse(xmlValidCtxtPtr ctxt, xmlDocPtr doc,
                                             const xmlChar *notationName);

/* Looking up declarations of a DTD. */
XMLPUBFUN int XMLCALL xmlIsMixedElement(xmlDocPtr doc, const xmlChar *name);
XMLPUBFUN xmlAttributePtr XMLCALL xmlGetDtdAttrDesc(xmlDtdPtr dtd, const xmlChar *elem,
                                                    const xmlChar *name);
XMLPUBFUN xmlAttributePtr XMLCALL xmlGetDtdQAttrDesc(xmlDtdPtr dtd, const xmlChar *elem,
                                                     const xmlChar *name, const xmlChar *prefix);
XMLPUBFUN xmlNotationPtr XMLCALL xmlGetDtdNotationDesc(xmlDtdPtr dtd, const xmlChar *name);
XMLPUBFUN xmlElementPtr XMLCALL xmlGetDtdQElementDesc(xmlDtdPtr dtd, const xmlChar *name,
                                                      const xmlChar *prefix);
XMLPUBFUN xmlElementPtr XMLCALL xmlGetDtdElementDesc(xmlDtdPtr dtd, const xmlChar *name);

/* Elements allowed at a position, and value checks by attribute type. */
XMLPUBFUN int XMLCALL xmlValidGetPotentialChildren(xmlElementContent *ctree, const xmlChar **names,
                                                   int *len, int max);
XMLPUBFUN int XMLCALL xmlValidGetValidElements(xmlNode *prev, xmlNode *next, const xmlChar **names,
                                               int max);
XMLPUBFUN int XMLCALL xmlValidateNameValue(const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateNamesValue(const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateNmtokenValue(const xmlChar *value);
XMLPUBFUN int XMLCALL xmlValidateNmtokensValue(const xmlChar *value);

/* Validating as elements arrive, one at a time. */
XMLPUBFUN int XMLCALL xmlValidBuildContentModel(xmlValidCtxtPtr ctxt, xmlElementPtr elem);
XMLPUBFUN int XMLCALL xmlValidatePushElement(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem,
                                             const xmlChar *qname);
XMLPUBFUN int XMLCALL xmlValidatePushCData(xmlValidCtxtPtr ctxt, const xmlChar *data, int len);
XMLPUBFUN int XMLCALL xmlValidatePopElement(xmlValidCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr elem,
                                            const xmlChar *qname);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_VALID_FUNCTIONS */
