/*
 * Lignum's libxml2-compatible C interface: the replaceable allocator and the debugging
 * allocator.
 */
#ifndef LIGNUM_LIBXML_XMLMEMORY_H
#define LIGNUM_LIBXML_XMLMEMORY_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_XMLMEMORY
#endif

#include <stdio.h>
#include <stddef.h>
#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Releases a block obtained from the allocator. */
typedef void (XMLCALL *xmlFreeFunc)(void *block);
/* Returns a new block of size bytes, or NULL. */
typedef void *(XMLCALL *xmlMallocFunc)(size_t size);
/* Resizes a block, returning its new address or NULL. */
typedef void *(XMLCALL *xmlReallocFunc)(void *block, size_t size);
/* Returns a newly allocated copy of a C string. */
typedef char *(XMLCALL *xmlStrdupFunc)(const char *s);

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_XMLMEMORY
#undef LIGNUM_LIBXML_CORE_OUTER_XMLMEMORY
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_XMLMEMORY_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_XMLMEMORY_FUNCTIONS)
#define LIGNUM_LIBXML_XMLMEMORY_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Installing and reading the allocator functions. */
XMLPUBFUN int XMLCALL xmlMemSetup(xmlFreeFunc freeFunc, xmlMallocFunc mallocFunc,
                                  xmlReallocFunc reallocFunc, xmlStrdupFunc strdupFunc);
XMLPUBFUN int XMLCALL xmlMemGet(xmlFreeFunc *freeFunc, xmlMallocFunc *mallocFunc,
                                xmlReallocFunc *reallocFunc, xmlStrdupFunc *strdupFunc);
XMLPUBFUN int XMLCALL xmlGcMemSetup(xmlFreeFunc freeFunc, xmlMallocFunc mallocFunc,
                                    xmlMallocFunc mallocAtomicFunc, xmlReallocFunc reallocFunc,
                                    xmlStrdupFunc strdupFunc);
XMLPUBFUN int XMLCALL xmlGcMemGet(xmlFreeFunc *freeFunc, xmlMallocFunc *mallocFunc,
                                  xmlMallocFunc *mallocAtomicFunc, xmlReallocFunc *reallocFunc,
                                  xmlStrdupFunc *strdupFunc);

/* The debugging allocator: setup, statistics and dumps. */
XMLPUBFUN int XMLCALL xmlInitMemory(void);
XMLPUBFUN void XMLCALL xmlCleanupMemory(void);
XMLPUBFUN int XMLCALL xmlMemUsed(void);
XMLPUBFUN int XMLCALL xmlMemBlocks(void);
XMLPUBFUN void XMLCALL xmlMemDisplay(FILE *fp);
XMLPUBFUN void XMLCALL xmlMemDisplayLast(FILE *fp, long nbBytes);
XMLPUBFUN void XMLCALL xmlMemShow(FILE *fp, int nr);
XMLPUBFUN void XMLCALL xmlMemoryDump(void);

/* The debugging allocator's functions, without and with the caller's location. */
XMLPUBFUN void *XMLCALL xmlMemMalloc(size_t size) LIBXML_ATTR_ALLOC_SIZE(1);
XMLPUBFUN void *XMLCALL xmlMemRealloc(void *ptr, size_t size);
XMLPUBFUN void XMLCALL xmlMemFree(void *ptr);
XMLPUBFUN char *XMLCALL xmlMemoryStrdup(const char *str);
XMLPUBFUN void *XMLCALL xmlMallocLoc(size_t size, const char *file, int line)
    LIBXML_ATTR_ALLOC_SIZE(1);
XMLPUBFUN void *XMLCALL xmlReallocLoc(void *ptr, size_t size, const char *file, int line);
XMLPUBFUN void *XMLCALL xmlMallocAtomicLoc(size_t size, const char *file, int line)
    LIBXML_ATTR_ALLOC_SIZE(1);
XMLPUBFUN char *XMLCALL xmlMemStrdupLoc(const char *str, const char *file, int line);

/* With DEBUG_MEMORY_LOCATION, the allocator calls record the caller's file and line. */
#ifdef DEBUG_MEMORY_LOCATION
#define xmlMalloc(size) xmlMallocLoc((size), __FILE__, __LINE__)
#define xmlMallocAtomic(size) xmlMallocAtomicLoc((size), __FILE__, __LINE__)
#define xmlRealloc(ptr, size) xmlReallocLoc((ptr), (size), __FILE__, __LINE__)
#define xmlMemStrdup(str) xmlMemStrdupLoc((str), __FILE__, __LINE__)
#endif

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLMEMORY_FUNCTIONS */
