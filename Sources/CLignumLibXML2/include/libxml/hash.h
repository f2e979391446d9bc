/*
 * Lignum's libxml2-compatible C interface: hash tables keyed by up to three names.
 */
#ifndef LIGNUM_LIBXML_HASH_H
#define LIGNUM_LIBXML_HASH_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_HASH
#endif

#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>
#include <libxml/dict.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A hash table; private. */
typedef struct _xmlHashTable xmlHashTable;
typedef xmlHashTable *xmlHashTablePtr;

/* Frees one stored value when it leaves the table. */
typedef void (*xmlHashDeallocator)(void *payload, const xmlChar *key);
/* Returns a copy of one stored value. */
typedef void *(*xmlHashCopier)(void *payload, const xmlChar *key);
/* Visits one entry with its first key. */
typedef void (*xmlHashScanner)(void *payload, void *data, const xmlChar *key);
/* Visits one entry with all three keys. */
typedef void (*xmlHashScannerFull)(void *payload, void *data, const xmlChar *key,
                                   const xmlChar *key2, const xmlChar *key3);

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_HASH
#undef LIGNUM_LIBXML_CORE_OUTER_HASH
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_HASH_H */
