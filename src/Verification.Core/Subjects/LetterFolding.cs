using System.Collections.Frozen;
using System.Text;

namespace Verification.Subjects;

/// <summary>Writes letters with accents as their base letters, so that words typed with and without accents compare
/// alike: subject words, figure texts and place names (see PlaceNames) all fold through here.</summary>
/// <remarks>Latin, Greek and Cyrillic letters lose their accents: "déplacées" is "deplacees", "zemřelo" "zemrelo",
/// "ёлка" "елка"; accents typed as separate combining marks are dropped too. Turkish dotless "ı" and dotted "İ" are
/// "i" (a Turkish text in capitals loses the difference anyway); "ł", "ø", "đ", "ħ" are "l", "o", "d", "h"; "ß", "æ",
/// "œ" are "ss", "ae", "oe". Other scripts are left as they are: their marks are part of their letters. Works without
/// culture data (the library runs with invariant globalization, where <see cref="string.Normalize()"/> does nothing).</remarks>
internal static class LetterFolding
{
    // A letter, then its base letter: the canonical decompositions of letters below U+0530 and in Latin Extended
    // Additional whose decomposition is a base letter and accents, and letters with a stroke.
    private const string Pairs =
        "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOØOÙUÚUÛUÜUÝYàaáaâaãaäa" +
        "åaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoøoùuúuûuüuýyÿyĀAāaĂAăaĄAąaĆCćcĈC" +
        "ĉcĊCċcČCčcĎDďdĐDđdĒEēeĔEĕeĖEėeĘEęeĚEěeĜGĝgĞGğgĠGġgĢGģgĤHĥhĦHħhĨI" +
        "ĩiĪIīiĬIĭiĮIįiİIıiĴJĵjĶKķkĹLĺlĻLļlĽLľlĿLŀlŁLłlŃNńnŅNņnŇNňnŌOōoŎO" +
        "ŏoŐOőoŔRŕrŖRŗrŘRřrŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŦTŧtŨUũuŪUūuŬUŭuŮUůuŰU" +
        "űuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZžzƀbƗIƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘu" +
        "ǙUǚuǛUǜuǞAǟaǠAǡaǢÆǣæǦGǧgǨKǩkǪOǫoǬOǭoǮƷǯʒǰjǴGǵgǸNǹnǺAǻaǼÆǽæǾØǿøȀA" +
        "ȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏoȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧaȨE" +
        "ȩeȪOȫoȬOȭoȮOȯoȰOȱoȲYȳyɨiΆΑΈΕΉΗΊΙΌΟΎΥΏΩΐιΪΙΫΥάαέεήηίιΰυϊιϋυόούυώω" +
        "ϓϒϔϒЀЕЁЕЃГЇІЌКЍИЎУЙИйиѐеёеѓгїіќкѝиўуѶѴѷѵӁЖӂжӐАӑаӒАӓаӖЕӗеӚӘӛәӜЖӝж" +
        "ӞЗӟзӢИӣиӤИӥиӦОӧоӪӨӫөӬЭӭэӮУӯуӰУӱуӲУӳуӴЧӵчӸЫӹыḀAḁaḂBḃbḄBḅbḆBḇbḈCḉc" +
        "ḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝeḞFḟfḠGḡgḢHḣhḤHḥhḦHḧhḨHḩh" +
        "ḪHḫhḬIḭiḮIḯiḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿmṀMṁmṂMṃmṄNṅnṆNṇnṈNṉn" +
        "ṊNṋnṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟrṠSṡsṢSṣsṤSṥsṦSṧsṨSṩs" +
        "ṪTṫtṬTṭtṮTṯtṰTṱtṲUṳuṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿvẀWẁwẂWẃwẄWẅwẆWẇwẈWẉw" +
        "ẊXẋxẌXẍxẎYẏyẐZẑzẒZẓzẔZẕzẖhẗtẘwẙyẛſẠAạaẢAảaẤAấaẦAầaẨAẩaẪAẫaẬAậaẮA" +
        "ắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂEểeỄEễeỆEệeỈIỉiỊIịiỌOọoỎO" +
        "ỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤUụuỦUủuỨUứuỪUừuỬUửuỮU" +
        "ữuỰUựuỲYỳyỴYỵyỶYỷyỸYỹy";

    // Latin letters with diacritics, folded to their lower-case base letter ('.' = not folded, '*' = see Expand).
    // The table was generated from
    // the Unicode canonical decompositions (NFD), so both modes fold alike.
    private const char LatinStart = '\u00C0';
    private const string Latin =
        "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*y" + // U+00C0
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" + // U+0100
        "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" + // U+0140
        "b.......c...d.....f......kl...n.oo...p.....t.t.uu...yzz........." + // U+0180
        ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." + // U+01C0
        "aaaaeeeeiiiioooorrrruuuusstt..hh....zzaaeeooooooooyy............" + // U+0200
        "................"; // U+0240

    private const char LatinAdditionalStart = '\u1E00';
    private const string LatinAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" + // U+1E00
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" + // U+1E40
        "wwwwwwwwwwxxxxyyzzzzzzhtwy....*.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" + // U+1E80
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"; // U+1EC0

    private static readonly FrozenDictionary<char, char> Base =
        Enumerable.Range(0, Pairs.Length / 2).ToFrozenDictionary(i => Pairs[2 * i], i => Pairs[(2 * i) + 1]);

    /// <summary>The text with accents dropped (see the remarks of the class); an ASCII text is returned as it is.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                >= '\u0300' and <= '\u036F' => sb,
                'ß' => sb.Append("ss"),
                'æ' => sb.Append("ae"),
                'Æ' => sb.Append("AE"),
                'œ' => sb.Append("oe"),
                'Œ' => sb.Append("OE"),
                _ when Base.TryGetValue(c, out var b) => sb.Append(b),
                _ => LatinFold(c) is { } folded ? sb.Append(folded) : sb.Append(c),
            };
        }

        return sb.ToString();
    }

    // Latin letters the pairs above leave out (hooks, Ð, Þ, Ĳ), from the tables, in lower case.
    private static string? LatinFold(char c)
    {
        var table = c >= LatinAdditionalStart ? LatinAdditional : Latin;
        var index = c - (c >= LatinAdditionalStart ? LatinAdditionalStart : LatinStart);
        if (index < 0 || index >= table.Length || table[index] == '.')
        {
            return null;
        }

        return table[index] == '*' ? Expand(c) : table[index].ToString();
    }

    private static string Expand(char c) => c switch
    {
        'Æ' or 'æ' => "ae",
        'Œ' or 'œ' => "oe",
        'Ĳ' or 'ĳ' => "ij",
        'Þ' or 'þ' => "th",
        _ => "ss", // ß, ẞ
    };
}
