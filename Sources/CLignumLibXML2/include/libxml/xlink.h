/*
 * Lignum's libxml2-compatible C interface: XLink detection callbacks.
 */
#ifndef LIGNUM_LIBXML_XLINK_H
#define LIGNUM_LIBXML_XLINK_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_XLINK
#endif

#include <libxml/xmlversion.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Link attribute values. */
typedef xmlChar *xlinkHRef;
typedef xmlChar *xlinkRole;
typedef xmlChar *xlinkTitle;

/* Kind of link an element carries. */
typedef enum {
    XLINK_TYPE_NONE         = 0,
    XLINK_TYPE_SIMPLE       = 1,
    XLINK_TYPE_EXTENDED     = 2,
    XLINK_TYPE_EXTENDED_SET = 3
} xlinkType;

/* The xlink:show behaviours. */
typedef enum {
    XLINK_SHOW_NONE    = 0,
    XLINK_SHOW_NEW     = 1,
    XLINK_SHOW_EMBED   = 2,
    XLINK_SHOW_REPLACE = 3
} xlinkShow;

/* The xlink:actuate behaviours. */
typedef enum {
    XLINK_ACTUATE_NONE      = 0,
    XLINK_ACTUATE_AUTO      = 1,
    XLINK_ACTUATE_ONREQUEST = 2
} xlinkActuate;

/* Told about each node that may carry a link. */
typedef void (*xlinkNodeDetectFunc)(void *ctx, xmlNodePtr node);

/* Told about a simple link. */
typedef void (*xlinkSimpleLinkFunk)(void *ctx, xmlNodePtr node, const xlinkHRef href,
                                    const xlinkRole role, const xlinkTitle title);

/* Told about an extended link: its locators, its arcs and its titles. */
typedef void (*xlinkExtendedLinkFunk)(void *ctx, xmlNodePtr node, int nbLocators,
                                      const xlinkHRef *hrefs, const xlinkRole *roles,
                                      int nbArcs, const xlinkRole *from, const xlinkRole *to,
                                      xlinkShow *show, xlinkActuate *actuate, int nbTitles,
                                      const xlinkTitle *titles, const xmlChar **langs);

/* Told about an extended link set: its locators and its titles. */
typedef void (*xlinkExtendedLinkSetFunk)(void *ctx, xmlNodePtr node, int nbLocators,
                                         const xlinkHRef *hrefs, const xlinkRole *roles,
                                         int nbTitles, const xlinkTitle *titles,
                                         const xmlChar **langs);

/* The callbacks for each kind of link. */
typedef struct _xlinkHandler xlinkHandler;
typedef xlinkHandler *xlinkHandlerPtr;
struct _xlinkHandler {
    xlinkSimpleLinkFunk simple;
    xlinkExtendedLinkFunk extended;
    xlinkExtendedLinkSetFunk set;
};

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_XLINK
#undef LIGNUM_LIBXML_CORE_OUTER_XLINK
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_XLINK_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_XLINK_FUNCTIONS)
#define LIGNUM_LIBXML_XLINK_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Detecting XLink and HTML links, and the handlers told about them. */
XMLPUBFUN xlinkNodeDetectFunc XMLCALL xlinkGetDefaultDetect(void);
XMLPUBFUN void XMLCALL xlinkSetDefaultDetect(xlinkNodeDetectFunc func);
XMLPUBFUN xlinkHandlerPtr XMLCALL xlinkGetDefaultHandler(void);
XMLPUBFUN void XMLCALL xlinkSetDefaultHandler(xlinkHandlerPtr handler);
XMLPUBFUN xlinkType XMLCALL xlinkIsLink(xmlDocPtr doc, xmlNodePtr node);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XLINK_FUNCTIONS */
