/*
 * The string and memory functions of xmlstring.h and xmlmemory.h, NULL and edge cases
 * included; prints one line per call. Compared between the system libxml2 and Lignum's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlstring.h>
#include <libxml/parser.h>

static const char *s(const xmlChar *p) { return p == NULL ? "(null)" : (const char *) p; }
static int sign(int x) { return x < 0 ? -1 : x > 0; }

static size_t allocations;
static void *countingMalloc(size_t n) { allocations++; return malloc(n); }
static void *countingRealloc(void *p, size_t n) { return realloc(p, n); }
static char *countingStrdup(const char *p) { allocations++; return strdup(p); }

int main(void) {
  const xmlChar *abc = BAD_CAST "abc", *abd = BAD_CAST "abd", *ABC = BAD_CAST "ABC", *empty = BAD_CAST "";
  xmlChar *p;

  p = xmlStrdup(abc); printf("xmlStrdup=%s\n", s(p)); xmlFree(p);
  printf("xmlStrdup(NULL)=%s\n", s(xmlStrdup(NULL)));
  p = xmlStrndup(BAD_CAST "abcdef", 3); printf("xmlStrndup3=%s\n", s(p)); xmlFree(p);
  p = xmlStrndup(abc, 0); printf("xmlStrndup0=[%s]\n", s(p)); xmlFree(p);
  printf("xmlStrndup(-1)=%s\n", s(xmlStrndup(abc, -1)));
  p = xmlCharStrdup("chars"); printf("xmlCharStrdup=%s\n", s(p)); xmlFree(p);
  p = xmlCharStrndup("chars", 2); printf("xmlCharStrndup=%s\n", s(p)); xmlFree(p);
  printf("xmlStrlen=%d %d %d\n", xmlStrlen(abc), xmlStrlen(empty), xmlStrlen(NULL));
  printf("xmlStrcmp=%d %d %d %d %d %d\n", sign(xmlStrcmp(abc, abd)), sign(xmlStrcmp(abd, abc)), xmlStrcmp(abc, abc),
         sign(xmlStrcmp(NULL, abc)), sign(xmlStrcmp(abc, NULL)), xmlStrcmp(NULL, NULL));
  printf("xmlStrcmp-prefix=%d %d\n", sign(xmlStrcmp(BAD_CAST "ab", abc)), sign(xmlStrcmp(abc, BAD_CAST "ab")));
  printf("xmlStrEqual=%d %d %d %d\n", xmlStrEqual(abc, abc), xmlStrEqual(abc, abd), xmlStrEqual(NULL, NULL), xmlStrEqual(abc, NULL));
  printf("xmlStrncmp=%d %d %d\n", xmlStrncmp(abc, abd, 2), sign(xmlStrncmp(abc, abd, 3)), xmlStrncmp(abc, abd, 0));
  printf("xmlStrcasecmp=%d %d\n", xmlStrcasecmp(abc, ABC), sign(xmlStrcasecmp(abc, BAD_CAST "ABD")));
  printf("xmlStrncasecmp=%d\n", xmlStrncasecmp(BAD_CAST "abX", ABC, 2));
  printf("xmlStrQEqual=%d %d %d\n", xmlStrQEqual(BAD_CAST "p", BAD_CAST "n", BAD_CAST "p:n"),
         xmlStrQEqual(NULL, BAD_CAST "n", BAD_CAST "n"), xmlStrQEqual(BAD_CAST "p", BAD_CAST "n", BAD_CAST "p:m"));
  printf("xmlStrchr=%s %s\n", s(xmlStrchr(abc, 'b')), s(xmlStrchr(abc, 'z')));
  printf("xmlStrstr=%s %s %s\n", s(xmlStrstr(BAD_CAST "hello world", BAD_CAST "wor")), s(xmlStrstr(abc, BAD_CAST "zz")),
         s(xmlStrstr(abc, empty)));
  printf("xmlStrcasestr=%s\n", s(xmlStrcasestr(BAD_CAST "Hello World", BAD_CAST "WORLD")));
  p = xmlStrsub(BAD_CAST "abcdef", 2, 3); printf("xmlStrsub=%s\n", s(p)); xmlFree(p);
  printf("xmlStrsub-out=%s\n", s(xmlStrsub(abc, 5, 1)));
  p = xmlStrdup(abc); p = xmlStrcat(p, BAD_CAST "def"); printf("xmlStrcat=%s\n", s(p));
  p = xmlStrncat(p, BAD_CAST "ghijk", 2); printf("xmlStrncat=%s\n", s(p)); xmlFree(p);
  p = xmlStrcat(NULL, abc); printf("xmlStrcat(NULL)=%s\n", s(p)); xmlFree(p);
  p = xmlStrncatNew(abc, BAD_CAST "xyz", -1); printf("xmlStrncatNew=%s\n", s(p)); xmlFree(p);
  p = xmlStrncatNew(NULL, BAD_CAST "xyz", 2); printf("xmlStrncatNew(NULL)=%s\n", s(p)); xmlFree(p);

  /* Replaced allocators are used for what the library hands out afterwards. */
  xmlFreeFunc f0; xmlMallocFunc m0; xmlReallocFunc r0; xmlStrdupFunc d0;
  xmlMemGet(&f0, &m0, &r0, &d0);
  printf("xmlMemSetup(NULL)=%d\n", xmlMemSetup(NULL, countingMalloc, countingRealloc, countingStrdup));
  printf("xmlMemSetup=%d\n", xmlMemSetup(free, countingMalloc, countingRealloc, countingStrdup));
  p = xmlStrdup(abc);
  printf("allocations after xmlStrdup: %s\n", allocations > 0 ? "counted" : "none");
  xmlFree(p);
  xmlDocPtr doc = xmlReadMemory("<a>x</a>", 8, "mem.xml", NULL, 0);
  printf("parsed with replaced allocator: %s\n", doc != NULL ? "yes" : "no");
  xmlFreeDoc(doc);
  xmlMemSetup(f0, m0, r0, d0);
  printf("xmlParserVersion=%s\n", xmlParserVersion);
  xmlCleanupParser();
  return 0;
}
