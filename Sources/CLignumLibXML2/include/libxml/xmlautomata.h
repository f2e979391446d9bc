/*
 * Lignum's libxml2-compatible C interface: automata from which content-model
 * expressions are built.
 */
#ifndef LIGNUM_LIBXML_XMLAUTOMATA_H
#define LIGNUM_LIBXML_XMLAUTOMATA_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_XMLAUTOMATA
#endif

#include <libxml/xmlversion.h>
#include <libxml/xmlregexp.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An automaton under construction; private. */
typedef struct _xmlAutomata xmlAutomata;
typedef xmlAutomata *xmlAutomataPtr;

/* One state of such an automaton; private. */
typedef struct _xmlAutomataState xmlAutomataState;
typedef xmlAutomataState *xmlAutomataStatePtr;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_XMLAUTOMATA
#undef LIGNUM_LIBXML_CORE_OUTER_XMLAUTOMATA
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_XMLAUTOMATA_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_XMLAUTOMATA_FUNCTIONS)
#define LIGNUM_LIBXML_XMLAUTOMATA_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Building finite automata and compiling them to regular expressions. */
XMLPUBFUN xmlAutomataPtr XMLCALL xmlNewAutomata(void);
XMLPUBFUN void XMLCALL xmlFreeAutomata(xmlAutomataPtr am);
XMLPUBFUN xmlAutomataStatePtr XMLCALL xmlAutomataGetInitState(xmlAutomataPtr am);
XMLPUBFUN int XMLCALL xmlAutomataSetFinalState(xmlAutomataPtr am, xmlAutomataStatePtr state);
XMLPUBFUN xmlAutomataStatePtr XMLCALL xmlAutomataNewState(xmlAutomataPtr am);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewTransition(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                             const xmlChar *token, void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewTransition2(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                              const xmlChar *token, const xmlChar *token2, void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewNegTrans(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                           const xmlChar *token, const xmlChar *token2, void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewCountTrans(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                             const xmlChar *token, int min, int max, void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewCountTrans2(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                              const xmlChar *token, const xmlChar *token2, int min, int max,
                              void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewOnceTrans(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                            const xmlChar *token, int min, int max, void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewOnceTrans2(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                             const xmlChar *token, const xmlChar *token2, int min, int max,
                             void *data);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewAllTrans(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                           int lax);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewEpsilon(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewCountedTrans(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                               int counter);
XMLPUBFUN xmlAutomataStatePtr XMLCALL
    xmlAutomataNewCounterTrans(xmlAutomataPtr am, xmlAutomataStatePtr from, xmlAutomataStatePtr to,
                               int counter);
XMLPUBFUN int XMLCALL xmlAutomataNewCounter(xmlAutomataPtr am, int min, int max);
XMLPUBFUN xmlRegexpPtr XMLCALL xmlAutomataCompile(xmlAutomataPtr am);
XMLPUBFUN int XMLCALL xmlAutomataIsDeterminist(xmlAutomataPtr am);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLAUTOMATA_FUNCTIONS */
