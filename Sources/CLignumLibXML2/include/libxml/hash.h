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

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_HASH_FUNCTIONS)
#define LIGNUM_LIBXML_HASH_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Creating and releasing hash tables. */
XMLPUBFUN xmlHashTablePtr XMLCALL xmlHashCreate(int size);
XMLPUBFUN xmlHashTablePtr XMLCALL xmlHashCreateDict(int size, xmlDictPtr dict);
XMLPUBFUN void XMLCALL xmlHashFree(xmlHashTablePtr table, xmlHashDeallocator f);
XMLPUBFUN void XMLCALL xmlHashDefaultDeallocator(void *entry, const xmlChar *name);

/* Adding and replacing entries under one, two or three names. */
XMLPUBFUN int XMLCALL xmlHashAddEntry(xmlHashTablePtr table, const xmlChar *name, void *userdata);
XMLPUBFUN int XMLCALL xmlHashUpdateEntry(xmlHashTablePtr table, const xmlChar *name, void *userdata,
                                         xmlHashDeallocator f);
XMLPUBFUN int XMLCALL xmlHashAddEntry2(xmlHashTablePtr table, const xmlChar *name,
                                       const xmlChar *name2, void *userdata);
XMLPUBFUN int XMLCALL xmlHashUpdateEntry2(xmlHashTablePtr table, const xmlChar *name,
                                          const xmlChar *name2, void *userdata,
                                          xmlHashDeallocator f);
XMLPUBFUN int XMLCALL xmlHashAddEntry3(xmlHashTablePtr table, const xmlChar *name,
                                       const xmlChar *name2, const xmlChar *name3, void *userdata);
XMLPUBFUN int XMLCALL xmlHashUpdateEntry3(xmlHashTablePtr table, const xmlChar *name,
                                          const xmlChar *name2, const xmlChar *name3,
                                          void *userdata, xmlHashDeallocator f);

/* Removing entries. */
XMLPUBFUN int XMLCALL xmlHashRemoveEntry(xmlHashTablePtr table, const xmlChar *name,
                                         xmlHashDeallocator f);
XMLPUBFUN int XMLCALL xmlHashRemoveEntry2(xmlHashTablePtr table, const xmlChar *name,
                                          const xmlChar *name2, xmlHashDeallocator f);
XMLPUBFUN int XMLCALL xmlHashRemoveEntry3(xmlHashTablePtr table, const xmlChar *name,
                                          const xmlChar *name2, const xmlChar *name3,
                                          xmlHashDeallocator f);

/* Looking up entries, by name or by prefix and local name. */
XMLPUBFUN void *XMLCALL xmlHashLookup(xmlHashTablePtr table, const xmlChar *name);
XMLPUBFUN void *XMLCALL xmlHashLookup2(xmlHashTablePtr table, const xmlChar *name,
                                       const xmlChar *name2);
XMLPUBFUN void *XMLCALL xmlHashLookup3(xmlHashTablePtr table, const xmlChar *name,
                                       const xmlChar *name2, const xmlChar *name3);
XMLPUBFUN void *XMLCALL xmlHashQLookup(xmlHashTablePtr table, const xmlChar *name,
                                       const xmlChar *prefix);
XMLPUBFUN void *XMLCALL xmlHashQLookup2(xmlHashTablePtr table, const xmlChar *name,
                                        const xmlChar *prefix, const xmlChar *name2,
                                        const xmlChar *prefix2);
XMLPUBFUN void *XMLCALL xmlHashQLookup3(xmlHashTablePtr table, const xmlChar *name,
                                        const xmlChar *prefix, const xmlChar *name2,
                                        const xmlChar *prefix2, const xmlChar *name3,
                                        const xmlChar *prefix3);

/* Copying, counting and walking tables. */
XMLPUBFUN xmlHashTablePtr XMLCALL xmlHashCopy(xmlHashTablePtr table, xmlHashCopier f);
XMLPUBFUN int XMLCALL xmlHashSize(xmlHashTablePtr table);
XMLPUBFUN void XMLCALL xmlHashScan(xmlHashTablePtr table, xmlHashScanner f, void *data);
XMLPUBFUN void XMLCALL xmlHashScan3(xmlHashTablePtr table, const xmlChar *name,
                                    const xmlChar *name2, const xmlChar *name3, xmlHashScanner f,
                                    void *data);
XMLPUBFUN void XMLCALL xmlHashScanFull(xmlHashTablePtr table, xmlHashScannerFull f, void *data);
XMLPUBFUN void XMLCALL xmlHashScanFull3(xmlHashTablePtr table, const xmlChar *name,
                                        const xmlChar *name2, const xmlChar *name3,
                                        xmlHashScannerFull f, void *data);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_HASH_FUNCTIONS */
