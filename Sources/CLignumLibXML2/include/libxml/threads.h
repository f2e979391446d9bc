/*
 * Lignum's libxml2-compatible C interface: opaque lock types.
 */
#ifndef LIGNUM_LIBXML_THREADS_H
#define LIGNUM_LIBXML_THREADS_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_THREADS
#endif

#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A plain mutex. */
typedef struct _xmlMutex xmlMutex;
typedef xmlMutex *xmlMutexPtr;

/* A mutex its owner may lock again. */
typedef struct _xmlRMutex xmlRMutex;
typedef xmlRMutex *xmlRMutexPtr;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_THREADS
#undef LIGNUM_LIBXML_CORE_OUTER_THREADS
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_THREADS_H */
