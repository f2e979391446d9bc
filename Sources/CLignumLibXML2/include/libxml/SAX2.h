/*
 * Lignum's libxml2-compatible C interface: the default SAX2 handler, which builds a tree.
 */
#ifndef LIGNUM_LIBXML_SAX2_H
#define LIGNUM_LIBXML_SAX2_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_SAX2
#endif

#include <stdio.h>
#include <stdlib.h>
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/xlink.h>

#ifdef LIGNUM_LIBXML_CORE_OUTER_SAX2
#undef LIGNUM_LIBXML_CORE_OUTER_SAX2
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_SAX2_H */
