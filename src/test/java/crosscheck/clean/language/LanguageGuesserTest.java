package crosscheck.clean.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/** The guess of a text's language from its script and stop words, on short news paragraphs. */
class LanguageGuesserTest {
    static final String ENGLISH = "The defence minister arrived in Washington on Monday for talks with his counterpart "
            + "at the Pentagon, where officials said they would discuss the planned operation in the south and the "
            + "return of the hostages who are still being held in the territory.";
    static final String PORTUGUESE = "O ministro da Defesa chegou a Washington na segunda-feira para conversas com o "
            + "seu homólogo no Pentágono, onde os responsáveis disseram que iriam discutir a operação planeada no sul "
            + "e o regresso dos reféns que ainda estão detidos no território.";
    static final String SPANISH = "El ministro de Defensa llegó a Washington el lunes para mantener conversaciones con "
            + "su homólogo en el Pentágono, donde los funcionarios dijeron que discutirían la operación prevista en el "
            + "sur y el regreso de los rehenes que todavía están retenidos en el territorio.";
    static final String GERMAN = "Der Verteidigungsminister ist am Montag zu Gesprächen mit seinem Amtskollegen im "
            + "Pentagon in Washington eingetroffen, wo nach Angaben von Beamten über die geplante Operation im Süden "
            + "und die Rückkehr der Geiseln gesprochen werden soll, die noch immer in dem Gebiet festgehalten werden.";
    static final String FRENCH = "Le ministre de la Défense est arrivé lundi à Washington pour des entretiens avec son "
            + "homologue au Pentagone, où les responsables ont dit qu'ils discuteraient de l'opération prévue dans le "
            + "sud et du retour des otages qui sont toujours détenus dans le territoire.";
    static final String RUSSIAN = "Министр обороны прибыл в Вашингтон в понедельник для переговоров со своим коллегой "
            + "в Пентагоне, где, по словам чиновников, они обсудят запланированную операцию на юге и возвращение "
            + "заложников, которые до сих пор удерживаются на этой территории, а также другие вопросы.";
    static final String ARABIC = "وصل وزير الدفاع إلى واشنطن يوم الاثنين لإجراء محادثات مع نظيره في البنتاغون، حيث "
            + "قال المسؤولون إنهم سيناقشون العملية المخطط لها في الجنوب وعودة الرهائن الذين ما زالوا محتجزين في "
            + "الأراضي، كما سيبحثون المساعدات التي تصل إلى المدنيين في هذه المنطقة منذ بداية الحرب.";
    static final String UKRAINIAN = "Міністр оборони прибув до Вашингтона в понеділок для переговорів зі своїм "
            + "колегою в Пентагоні, де, за словами посадовців, вони обговорять заплановану операцію на півдні та "
            + "повернення заручників, які досі утримуються на цій території, а також інші питання.";
    static final String PERSIAN = "وزیر دفاع روز دوشنبه برای گفتگو با همتای خود در پنتاگون وارد واشنگتن شد، جایی "
            + "که مقامات گفتند آنها درباره عملیات برنامه‌ریزی شده در جنوب و بازگشت گروگان‌هایی که هنوز در این منطقه "
            + "نگهداری می‌شوند گفتگو خواهند کرد و این که کمک‌ها چگونه به مردم می‌رسد.";
    static final String HINDI = "रक्षा मंत्री सोमवार को पेंटागन में अपने समकक्ष के साथ बातचीत के लिए वाशिंगटन पहुंचे, "
            + "जहां अधिकारियों ने कहा कि वे दक्षिण में नियोजित अभियान और उन बंधकों की वापसी पर चर्चा करेंगे जो अभी भी "
            + "इस क्षेत्र में बंधक हैं और यह भी कि सहायता कैसे पहुंचेगी।";

    /** Second paragraphs, for reports of more than one (cleaning drops a paragraph repeated word for word). */
    static final String ENGLISH_2 = "Aid groups warned that the crossings had been closed for most of the week and "
            + "that the trucks waiting at the border were not enough for the families who have fled their homes since "
            + "the fighting began.";
    static final String PORTUGUESE_2 = "As organizações humanitárias avisaram que as passagens estiveram fechadas "
            + "durante quase toda a semana e que os camiões à espera na fronteira não chegam para as famílias que "
            + "fugiram das suas casas desde o início dos combates.";
    static final String RUSSIAN_2 = "Гуманитарные организации предупредили, что пункты пропуска были закрыты большую "
            + "часть недели и что грузовиков, ожидающих на границе, не хватает для семей, которые бежали из своих "
            + "домов с начала боёв.";
    static final String SPANISH_2 = "Las organizaciones humanitarias advirtieron de que los pasos fronterizos "
            + "estuvieron cerrados durante casi toda la semana y de que los camiones que esperan en la frontera no "
            + "bastan para las familias que han huido de sus casas desde el inicio de los combates.";

    @Test
    void tellsNewsParagraphsApart() {
        assertEquals("en", guess(ENGLISH));
        assertEquals("pt", guess(PORTUGUESE));
        assertEquals("es", guess(SPANISH));
        assertEquals("de", guess(GERMAN));
        assertEquals("fr", guess(FRENCH));
        assertEquals("ru", guess(RUSSIAN));
        assertEquals("en", guess(ENGLISH_2));
        assertEquals("pt", guess(PORTUGUESE_2));
        assertEquals("ru", guess(RUSSIAN_2));
        assertEquals("es", guess(SPANISH_2));
        assertEquals("ar", guess(ARABIC));
        assertEquals("fa", guess(PERSIAN), "Arabic script, Persian stop words");
        assertEquals("hi", guess(HINDI), "Devanagari, Hindi stop words (their vowel signs are part of the words)");
        assertEquals("uk", guess(UKRAINIAN), "Cyrillic with і, ї, є and without ы, э is Ukrainian, not Russian");
    }

    @Test
    void scriptsOfOneLanguageNameIt() {
        assertEquals("el", guess("Ο υπουργός Άμυνας έφτασε στην Ουάσινγκτον τη Δευτέρα για συνομιλίες με τον ομόλογό "
                + "του στο Πεντάγωνο, όπου οι αξιωματούχοι είπαν ότι θα συζητήσουν την επιχείρηση στο νότο και την "
                + "επιστροφή των ομήρων που κρατούνται ακόμη στην περιοχή."));
        assertEquals("he", guess("שר הביטחון הגיע לוושינגטון ביום שני לשיחות עם עמיתו בפנטגון, שם אמרו גורמים "
                + "רשמיים כי ידונו במבצע המתוכנן בדרום ובהחזרת החטופים שעדיין מוחזקים בשטח, וכן בסיוע ההומניטרי "
                + "שנכנס לאזור מאז תחילת המלחמה."));
        assertEquals("zh", guess("国防部长周一抵达华盛顿，与五角大楼的同行举行会谈。官员说，他们将讨论南部计划中的行动以及仍被扣押在该地区的人质的返回问题。"));
        assertEquals("ja", guess("国防相は月曜日にワシントンに到着し、国防総省で会談を行った。当局者によると、南部で計画されている作戦と人質の帰還について話し合うという。"));
    }

    @Test
    void persianWordsMatchHoweverYehAndKafAreWritten() {
        LanguageGuess guess = LanguageGuesser.guess(PERSIAN);
        assertTrue(guess.share("fa") > 0.5, "Farsi yeh and keheh in the text, Arabic ones in Lucene's list: " + guess
                + " " + guess.share("fa"));
        assertTrue(guess.share("ar") < 0.1, guess.toString());
    }

    @Test
    void tooLittleTextGivesNoGuess() {
        assertNull(guess("O ministro da Defesa chegou a Washington."), "fewer than 20 words");
        assertNull(guess("Министр обороны прибыл в Вашингтон."), "fewer than 20 words, even in one script");
        assertNull(guess("国防部长周一抵达华盛顿。"), "fewer than 40 letters of a script without spaces");
        assertNull(guess(""));
        assertNull(guess("2024-03-26 10:00 — 1,200 / 3,400 (35%) ... 17 18 19 20 21 22 23 24 25 26 27 28 29 30"));
    }

    @Test
    void namesAndCodesAloneGiveNoGuess() {
        assertNull(guess("Yoav Gallant, Lloyd Austin, Benjamin Netanyahu, Joe Biden, Antony Blinken, Jake Sullivan, "
                + "Herzi Halevi, Ismail Haniyeh, Yahya Sinwar, Mohammed Deif, Rafah, Khan Younis, Jabalia, Gaza City, "
                + "Pentagon, Washington, Tel Aviv, Jerusalem, Doha, Cairo, Amman, Beirut"));
        assertNull(guess("ID 9402E6D71239F937A15756C0A9639C8B63 U.S. A.B.C. D.E.F. G.H.I. J.K.L. M.N.O. P.Q.R. S.T.U. "
                + "V.W.X. Y.Z. a.b. c.d. e.f. g.h. i.j. k.l. m.n. o.p. q.r. s.t. u.v. w.x. y.z."),
                "initials and codes are no words: Lucene's Estonian list holds the whole alphabet");
    }

    @Test
    void aMixedTextIsInTheLanguageOfMostOfIt() {
        String quote = " «Мы будем продолжать», сказал он.";
        assertEquals("en", guess(ENGLISH + quote + " " + ENGLISH), "a Russian quote in an English report");
        assertEquals("ru", guess(RUSSIAN + " \"We will go on,\" he said. " + RUSSIAN));
        assertEquals("ru", guess("Share Tweet Email Print Subscribe " + RUSSIAN + " " + RUSSIAN),
                "English page furniture left around a Russian report");
    }

    @Test
    void readsOnlyTheStartOfALongText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2 * LanguageGuesser.MAX_CHARS) text.append(SPANISH).append(' ');
        text.append(ENGLISH.repeat(200));
        assertEquals("es", guess(text.toString()));
    }

    @Test
    void sharesTellHowSureItIs() {
        LanguageGuess guess = LanguageGuesser.guess(ENGLISH);
        assertTrue(guess.share("en") > 0.3, guess.toString());
        assertTrue(guess.share("pt") < 0.1, guess.toString());
        assertEquals(-1, guess.share("xx"));
        assertEquals(Character.UnicodeScript.LATIN, guess.script());
        assertEquals(1.0, guess.scriptShare());
    }

    @Test
    void anyTextGivesAGuessOrNoneWithoutFailing() {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"a", "Ü", "ї", "ы", "ی", "ک", "ज", "ि", "国", "の", "\uD83D\uDE00", "\uD840\uDC00", "\uD800",
                "\uDC00", "'", "’", ".", "9", " ", "\n", "\u200C", "\u0301", "İ", "ς"};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n < 1_000 ? 80 : LanguageGuesser.MAX_CHARS + 50);
            for (int i = 0; i < length; i++) text.append(pieces[random.nextInt(pieces.length)]);
            LanguageGuess guess = LanguageGuesser.guess(text);
            assertTrue(guess.words() >= 0 && guess.letters() >= 0 && guess.scriptShare() <= 1, guess.toString());
        }
    }

    @Test
    void refusesNoText() {
        assertThrows(IllegalArgumentException.class, () -> LanguageGuesser.guess(null));
        assertThrows(IllegalArgumentException.class, () -> Cleaner.guessLanguage(null));
    }

    @Test
    void theCleanersEntryGivesTheSameGuess() {
        assertEquals("pt", Cleaner.guessLanguage(PORTUGUESE));
        assertNull(Cleaner.guessLanguage("Too short to tell."));
    }

    private static String guess(String text) {
        return LanguageGuesser.guess(text).tag();
    }
}
