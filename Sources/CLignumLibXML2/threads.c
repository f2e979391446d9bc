/*
 * libxml2's thread primitives (threads.h) over POSIX threads: plain and recursive mutexes
 * (opaque to programs), the library lock, thread identity.
 */
#define IN_LIBXML
#include <pthread.h>
#include <stdlib.h>
#include "libxml/globals.h"
#include "libxml/threads.h"

struct _xmlMutex { pthread_mutex_t lock; };
struct _xmlRMutex { pthread_mutex_t lock; };

xmlMutexPtr xmlNewMutex(void) {
  xmlMutexPtr m = malloc(sizeof(*m));
  if (m == NULL) return NULL;
  pthread_mutex_init(&m->lock, NULL);
  return m;
}
void xmlFreeMutex(xmlMutexPtr tok) {
  if (tok == NULL) return;
  pthread_mutex_destroy(&tok->lock);
  free(tok);
}
void xmlMutexLock(xmlMutexPtr tok) { if (tok != NULL) pthread_mutex_lock(&tok->lock); }
void xmlMutexUnlock(xmlMutexPtr tok) { if (tok != NULL) pthread_mutex_unlock(&tok->lock); }

xmlRMutexPtr xmlNewRMutex(void) {
  xmlRMutexPtr m = malloc(sizeof(*m));
  if (m == NULL) return NULL;
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&m->lock, &attr);
  pthread_mutexattr_destroy(&attr);
  return m;
}
void xmlFreeRMutex(xmlRMutexPtr tok) {
  if (tok == NULL) return;
  pthread_mutex_destroy(&tok->lock);
  free(tok);
}
void xmlRMutexLock(xmlRMutexPtr tok) { if (tok != NULL) pthread_mutex_lock(&tok->lock); }
void xmlRMutexUnlock(xmlRMutexPtr tok) { if (tok != NULL) pthread_mutex_unlock(&tok->lock); }

static pthread_mutex_t libraryLock = PTHREAD_MUTEX_INITIALIZER;
void xmlLockLibrary(void) { pthread_mutex_lock(&libraryLock); }
void xmlUnlockLibrary(void) { pthread_mutex_unlock(&libraryLock); }

/* Thread set-up needs nothing: per-thread state is thread-local storage. */
void xmlInitThreads(void) {}
void xmlCleanupThreads(void) {}
