using System.Collections.Frozen;
using System.Text;

namespace Verification;

/// <summary>Writes letters with accents as their base letters, so that words typed with and without accents compare
/// alike.</summary>
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
                _ => sb.Append(Base.TryGetValue(c, out var b) ? b : c),
            };
        }

        return sb.ToString();
    }
}
