/*
 * Lignum's libxml2-compatible C interface: helpers for writing XPath extension functions.
 */
#ifndef LIGNUM_LIBXML_XPATHINTERNALS_H
#define LIGNUM_LIBXML_XPATHINTERNALS_H

#include <libxml/xmlversion.h>
#include <libxml/xpath.h>

/* Return from the calling function when an evaluation error is pending. */
#define CHECK_ERROR if (ctxt->error != XPATH_EXPRESSION_OK) return
#define CHECK_ERROR0 if (ctxt->error != XPATH_EXPRESSION_OK) return(0)

/* Convert the value on top of the stack, in place, unless it already has that type. */
#define CAST_TO_STRING \
    if ((ctxt->value != NULL) && (ctxt->value->type != XPATH_STRING)) \
        xmlXPathStringFunction(ctxt, 1);
#define CAST_TO_NUMBER \
    if ((ctxt->value != NULL) && (ctxt->value->type != XPATH_NUMBER)) \
        xmlXPathNumberFunction(ctxt, 1);
#define CAST_TO_BOOLEAN \
    if ((ctxt->value != NULL) && (ctxt->value->type != XPATH_BOOLEAN)) \
        xmlXPathBooleanFunction(ctxt, 1);

#endif /* LIGNUM_LIBXML_XPATHINTERNALS_H */
