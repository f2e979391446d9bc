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
