/*
 * Lignum's libxml2-compatible C interface: the signatures of the replaceable allocator.
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
