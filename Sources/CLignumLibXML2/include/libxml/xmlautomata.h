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
