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

/* Compiling patterns and matching them against nodes. */
XMLPUBFUN void XMLCALL xmlFreePattern(xmlPatternPtr comp);
XMLPUBFUN void XMLCALL xmlFreePatternList(xmlPatternPtr comp);
XMLPUBFUN xmlPatternPtr XMLCALL xmlPatterncompile(const xmlChar *pattern, xmlDict *dict, int flags,
                                                  const xmlChar **namespaces);
XMLPUBFUN int XMLCALL xmlPatternMatch(xmlPatternPtr comp, xmlNodePtr node);
XMLPUBFUN int XMLCALL xmlPatternStreamable(xmlPatternPtr comp);
XMLPUBFUN int XMLCALL xmlPatternMaxDepth(xmlPatternPtr comp);
XMLPUBFUN int XMLCALL xmlPatternMinDepth(xmlPatternPtr comp);
XMLPUBFUN int XMLCALL xmlPatternFromRoot(xmlPatternPtr comp);

/* Matching patterns against a stream of events. */
XMLPUBFUN xmlStreamCtxtPtr XMLCALL xmlPatternGetStreamCtxt(xmlPatternPtr comp);
XMLPUBFUN void XMLCALL xmlFreeStreamCtxt(xmlStreamCtxtPtr stream);
XMLPUBFUN int XMLCALL xmlStreamPushNode(xmlStreamCtxtPtr stream, const xmlChar *name,
                                        const xmlChar *ns, int nodeType);
XMLPUBFUN int XMLCALL xmlStreamPush(xmlStreamCtxtPtr stream, const xmlChar *name,
                                    const xmlChar *ns);
XMLPUBFUN int XMLCALL xmlStreamPushAttr(xmlStreamCtxtPtr stream, const xmlChar *name,
                                        const xmlChar *ns);
XMLPUBFUN int XMLCALL xmlStreamPop(xmlStreamCtxtPtr stream);
XMLPUBFUN int XMLCALL xmlStreamWantsAnyNode(xmlStreamCtxtPtr stream);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_PATTERN_H */
