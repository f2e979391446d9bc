/*
 * Lignum's libxml2-compatible C interface: limits and helpers for code that extends
 * the parser.
 */
#ifndef LIGNUM_LIBXML_PARSERINTERNALS_H
#define LIGNUM_LIBXML_PARSERINTERNALS_H

#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/chvalid.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Limits applied unless XML_PARSE_HUGE is given. */
#define XML_MAX_TEXT_LENGTH 10000000
#define XML_MAX_NAME_LENGTH 50000
#define XML_MAX_DICTIONARY_LIMIT 10000000
#define XML_MAX_LOOKUP_LIMIT 10000000
/* Initial size of name buffers. */
#define XML_MAX_NAMELEN 100
/* Bytes the parser keeps available ahead of the cursor. */
#define INPUT_CHUNK 250

/* Which references xmlStringDecodeEntities replaces. */
#define XML_SUBSTITUTE_NONE 0
#define XML_SUBSTITUTE_REF 1
#define XML_SUBSTITUTE_PEREF 2
#define XML_SUBSTITUTE_BOTH 3

/* Told about each entity reference the parser expands into nodes. */
typedef void (*xmlEntityReferenceFunc)(xmlEntityPtr ent, xmlNodePtr firstNode,
                                       xmlNodePtr lastNode);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_PARSERINTERNALS_H */
