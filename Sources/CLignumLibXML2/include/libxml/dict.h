/*
 * Lignum's libxml2-compatible C interface: string dictionaries (interned names).
 */
#ifndef LIGNUM_LIBXML_DICT_H
#define LIGNUM_LIBXML_DICT_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_DICT
#endif

#include <limits.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A set of interned strings; private. */
typedef struct _xmlDict xmlDict;
typedef xmlDict *xmlDictPtr;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_DICT
#undef LIGNUM_LIBXML_CORE_OUTER_DICT
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_DICT_H */
