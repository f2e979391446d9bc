<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="xml" indent="yes"/>
<xsl:template match="/"><out n="{count(//*)}"><xsl:apply-templates select="//p"/></out></xsl:template>
<xsl:template match="p"><para pos="{position()}"><xsl:value-of select="normalize-space(.)"/><xsl:value-of select="name(current())"/></para></xsl:template>
</xsl:stylesheet>
