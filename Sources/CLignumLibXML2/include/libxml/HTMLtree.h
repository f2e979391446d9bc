/*
 * Lignum's libxml2-compatible C interface: HTML trees and their serialisation.
 */
#ifndef LIGNUM_LIBXML_HTMLTREE_H
#define LIGNUM_LIBXML_HTMLTREE_H

#include <stdio.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>

/* HTML names of the node kinds an HTML tree holds. */
#define HTML_TEXT_NODE XML_TEXT_NODE
#define HTML_ENTITY_REF_NODE XML_ENTITY_REF_NODE
#define HTML_COMMENT_NODE XML_COMMENT_NODE
#define HTML_PRESERVE_NODE XML_CDATA_SECTION_NODE
#define HTML_PI_NODE XML_PI_NODE

#endif /* LIGNUM_LIBXML_HTMLTREE_H */
