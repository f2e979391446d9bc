/*
 * Lignum's libxml2-compatible C interface: the older SAX1 entry points.
 */
#ifndef LIGNUM_LIBXML_SAX_H
#define LIGNUM_LIBXML_SAX_H

#include <stdio.h>
#include <stdlib.h>
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/xlink.h>

#endif /* LIGNUM_LIBXML_SAX_H */
