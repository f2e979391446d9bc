<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:key name="byname" match="*" use="local-name()"/>
<xsl:variable name="total" select="count(//*)"/>
<xsl:template match="/">
  <report total="{$total}">
    <xsl:for-each select="//*[not(*)]">
      <xsl:sort select="local-name()"/>
      <leaf name="{name()}" same="{count(key('byname', local-name()))}"><xsl:value-of select="."/></leaf>
    </xsl:for-each>
    <xsl:copy-of select="/*/*[1]"/>
    <xsl:if test="$total &gt; 3"><many/></xsl:if>
    <xsl:choose><xsl:when test="//@*">attrs</xsl:when><xsl:otherwise>none</xsl:otherwise></xsl:choose>
  </report>
</xsl:template>
</xsl:stylesheet>
