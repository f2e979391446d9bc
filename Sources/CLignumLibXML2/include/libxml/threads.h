/*
 * Lignum's libxml2-compatible C interface: locks, thread identity and per-thread state.
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

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_THREADS_FUNCTIONS)
#define LIGNUM_LIBXML_THREADS_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Mutexes and recursive mutexes. */
XMLPUBFUN xmlMutexPtr XMLCALL xmlNewMutex(void);
XMLPUBFUN void XMLCALL xmlMutexLock(xmlMutexPtr tok);
XMLPUBFUN void XMLCALL xmlMutexUnlock(xmlMutexPtr tok);
XMLPUBFUN void XMLCALL xmlFreeMutex(xmlMutexPtr tok);
XMLPUBFUN xmlRMutexPtr XMLCALL xmlNewRMutex(void);
XMLPUBFUN void XMLCALL xmlRMutexLock(xmlRMutexPtr tok);
XMLPUBFUN void XMLCALL xmlRMutexUnlock(xmlRMutexPtr tok);
XMLPUBFUN void XMLCALL xmlFreeRMutex(xmlRMutexPtr tok);

/* The library lock, thread identity and per-thread state. */
XMLPUBFUN void XMLCALL xmlInitThreads(void);
XMLPUBFUN void XMLCALL xmlLockLibrary(void);
XMLPUBFUN void XMLCALL xmlUnlockLibrary(void);
XMLPUBFUN int XMLCALL xmlGetThreadId(void);
XMLPUBFUN int XMLCALL xmlIsMainThread(void);
XMLPUBFUN void XMLCALL xmlCleanupThreads(void);
XMLPUBFUN xmlGlobalStatePtr XMLCALL xmlGetGlobalState(void);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_THREADS_FUNCTIONS */
