package deck

import "fmt"

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Fonts of the theme: Latin text in Calibri (Carlito where LibreOffice
// stands in), Chinese in Microsoft YaHei; clients without them substitute
// a font that has the glyphs.
const (
	latinFont = "Calibri"
	eaFont    = "Microsoft YaHei"
)

// themeXML is an Office theme: the status colours of Pacer as accents
// (Okabe–Ito blue, orange and vermillion), and the fonts above.
var themeXML = xmlHead + `<a:theme xmlns:a="` + nsA + `" name="Pacer"><a:themeElements>` +
	`<a:clrScheme name="Pacer"><a:dk1><a:srgbClr val="1A1A1A"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>` +
	`<a:dk2><a:srgbClr val="2B3A4A"/></a:dk2><a:lt2><a:srgbClr val="F5F6F8"/></a:lt2>` +
	`<a:accent1><a:srgbClr val="0072B2"/></a:accent1><a:accent2><a:srgbClr val="D55E00"/></a:accent2>` +
	`<a:accent3><a:srgbClr val="B27400"/></a:accent3><a:accent4><a:srgbClr val="009E73"/></a:accent4>` +
	`<a:accent5><a:srgbClr val="56B4E9"/></a:accent5><a:accent6><a:srgbClr val="8A8A8A"/></a:accent6>` +
	`<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
	`<a:fontScheme name="Pacer"><a:majorFont><a:latin typeface="` + latinFont + `"/><a:ea typeface="` + eaFont + `"/><a:cs typeface=""/></a:majorFont>` +
	`<a:minorFont><a:latin typeface="` + latinFont + `"/><a:ea typeface="` + eaFont + `"/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
	`<a:fmtScheme name="Pacer"><a:fillStyleLst>` + triple(`<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`) + `</a:fillStyleLst>` +
	`<a:lnStyleLst>` + triple(`<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`) + `</a:lnStyleLst>` +
	`<a:effectStyleLst>` + triple(`<a:effectStyle><a:effectLst/></a:effectStyle>`) + `</a:effectStyleLst>` +
	`<a:bgFillStyleLst>` + triple(`<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`) + `</a:bgFillStyleLst>` +
	`</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`

func triple(s string) string { return s + s + s }

const clrMap = `<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>`

const emptyTree = `<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
	`<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>`

// titlePlaceholder is the title shape of the master and the layout.
func titlePlaceholder(cx, cy int64) string {
	x, y, w, h := titleBox(cx, cy)
	return fmt.Sprintf(`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>`+
		`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>`+
		`<p:txBody><a:bodyPr anchor="ctr"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>`, x, y, w, h)
}

func masterXML(cx, cy int64) string {
	level := func(tag string, size int, bold string) string {
		return `<` + tag + `><a:lvl1pPr algn="l"><a:defRPr sz="` + fmt.Sprint(size) + `"` + bold + `><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>` +
			`<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></` + tag + `>`
	}
	return xmlHead + `<p:sldMaster xmlns:a="` + nsA + `" xmlns:r="` + nsR + `" xmlns:p="` + nsP + `">` +
		`<p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>` + emptyTree + titlePlaceholder(cx, cy) + `</p:spTree></p:cSld>` +
		clrMap + `<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>` +
		`<p:txStyles>` + level("p:titleStyle", 2800, ` b="1"`) + level("p:bodyStyle", 1600, "") + level("p:otherStyle", 1400, "") + `</p:txStyles></p:sldMaster>`
}

func layoutXML(cx, cy int64) string {
	return xmlHead + `<p:sldLayout xmlns:a="` + nsA + `" xmlns:r="` + nsR + `" xmlns:p="` + nsP + `" type="titleOnly" preserve="1">` +
		`<p:cSld name="Title Only"><p:spTree>` + emptyTree + titlePlaceholder(cx, cy) + `</p:spTree></p:cSld>` +
		`<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`
}

var notesMasterXML = xmlHead + `<p:notesMaster xmlns:a="` + nsA + `" xmlns:r="` + nsR + `" xmlns:p="` + nsP + `">` +
	`<p:cSld><p:spTree>` + emptyTree +
	`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>` +
	`<p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>` +
	`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr>` +
	`<p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
	`<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>` +
	`</p:spTree></p:cSld>` + clrMap + `</p:notesMaster>`
