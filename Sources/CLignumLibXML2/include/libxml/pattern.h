/*
 * Lignum's libxml2-compatible C interface: compiled patterns (the XPath subset used by
 * the reader and by schema identity constraints).
 */
#ifndef LIGNUM_LIBXML_PATTERN_H
#define LIGNUM_LIBXML_PATTERN_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/dict.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A compiled pattern; private. */
typedef struct _xmlPattern xmlPattern;
typedef xmlPattern *xmlPatternPtr;

/* Which syntax a pattern is written in. */
typedef enum {
    XML_PATTERN_DEFAULT = 0,
    XML_PATTERN_XPATH   = 1,
    XML_PATTERN_XSSEL   = 2,
    XML_PATTERN_XSFIELD = 4
} xmlPatternFlags;

/* The state of a pattern matched against a stream of events; private. */
typedef struct _xmlStreamCtxt xmlStreamCtxt;
typedef xmlStreamCtxt *xmlStreamCtxtPtr;

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_PATTERN_H */
