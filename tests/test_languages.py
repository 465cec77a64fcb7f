"""Languages beyond the ones the corpus is written in: the guess of a text's language (by its
script, then its function words), the wording cues in scripts written without spaces, and
invented interviews in Japanese, Chinese, Ukrainian, Czech and Turkish parsed into their pairs."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse import cues
from interviewparse.language import guess_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("私は東京で生まれました。それから大阪に引っ越しました。", "ja"),
        ("我们认为这个问题非常重要，需要认真对待。", "zh"),
        ("저는 그렇게 생각하지 않습니다. 우리는 다시 시작할 것입니다.", "ko"),
        ("Ми вважаємо, що це питання дуже важливе і його треба вирішити.", "uk"),
        ("Мы считаем, что этот вопрос очень важный, и его надо решить.", "ru"),
        ("Ние смятаме, че този въпрос е много важен и трябва да се реши.", "bg"),
        ("Πιστεύουμε ότι το ζήτημα είναι πολύ σημαντικό και πρέπει να λυθεί.", "el"),
        ("אנחנו חושבים שהשאלה הזאת חשובה מאוד וצריך לפתור אותה.", "he"),
        ("हम मानते हैं कि यह सवाल बहुत जरूरी है और इसे हल करना होगा।", "hi"),
        ("نعتقد أن هذه المسألة مهمة جدا ويجب حلها في أقرب وقت.", "ar"),
        ("ما فکر می‌کنیم که این پرسش بسیار مهم است و باید حل شود.", "fa"),
        ("Myslíme si, že je to velmi důležité a že jsou to otázky, které nejsou jednoduché.", "cs"),
        (
            "Bu soru çok önemli ve bir an önce çözülmesi için daha fazla çaba gibi şey gerekiyor.",
            "tr",
        ),
        (
            "Úgy gondoljuk, hogy ez a kérdés nagyon fontos, és az is, amit még meg kell oldani.",
            "hu",
        ),
        ("Uważamy, że jest to bardzo ważne, ale nie jest to takie proste, które się wydaje.", "pl"),
        (
            "Kami percaya bahwa masalah ini sangat penting dan sudah harus diselesaikan.",
            "id",
        ),
        (
            "Chúng tôi cho rằng vấn đề này của các người trong nước là không dễ và đã được bàn.",
            "vi",
        ),
    ],
)
def test_the_language_of_a_text_is_guessed_by_script_and_words(text: str, code: str) -> None:
    assert guess_language([text]) == code


def test_a_script_without_a_lexicon_is_no_latin_language() -> None:
    # a Gujarati or Georgian page with an English menu is not English
    text = "Home News Sport ગુજરાતી ભાષામાં આ લખાણ ઘણું લાંબું છે અને તેમાં ઘણા શબ્દો છે"
    assert guess_language([text]) is None
    assert guess_language(["Home News ქართული ენა ძალიან ლამაზია და ძველია"]) is None


def test_english_and_german_are_still_told_apart() -> None:
    assert guess_language(["We think that this is what they would have done there."]) == "en"
    assert guess_language(["Wir denken, dass es nicht so ist, wie sie es gesagt haben."]) == "de"


def test_unspaced_scripts_ask_address_and_speak_as_i() -> None:
    assert cues.ends_with_question("それはどういう意味ですか。")
    assert cues.ends_with_question("你觉得这样做对吗。")
    assert not cues.ends_with_question("私はそう思います。")
    assert cues.opens_with_interrogative("なぜ日本に戻ったのですか")
    assert cues.addresses_listener("您如何看待这个问题？")
    assert not cues.addresses_listener("他如何看待这个问题？")
    assert cues.first_person("我们会继续努力。")
    assert cues.first_person("私はそう思います。")
    # a German sentence opening with "Mit" is no Hungarian "what"
    assert not cues.opens_with_interrogative("Mit dem Gesetz ändert sich wenig.")


_JAPANESE = """田中さんが語る、町の小さな書店の三十年

──書店を始めたきっかけは何ですか？

私は子どもの頃から本が好きで、大学を出てすぐにこの町で小さな店を開きました。最初の数年は本当に苦しかったです。

──なぜこの町を選んだのですか。

祖母の家が近くにあって、子どもの頃によく遊びに来ていたからです。この町の静かな通りがずっと好きでした。

──これからの夢はありますか？

私はこの店を次の世代に引き継ぎたいと思っています。若い人たちが本と出会える場所を残したいのです。
"""

_CHINESE = """专访：山城面馆老板李明

记者：您的面馆开了多少年了？

李明：我们从一九九八年开始做，到现在已经二十多年了。最开始只是一个很小的摊位，后来才慢慢有了现在的店面。

记者：您觉得生意最难的时候是什么时候？

李明：我觉得是刚开始的那几年。那时候没有客人认识我们，我每天早上四点就起来和面，一直忙到晚上。

记者：将来您有什么打算吗？

李明：我们想把这门手艺传下去，让更多年轻人愿意学做面。
"""

_UKRAINIAN = """Інтерв'ю з пасічником Олегом Мельником

— Як ви почали займатися бджолами?

— Я успадкував пасіку від діда. Спочатку мав лише три вулики, а тепер у нас понад сорок.

— Що найважче у вашій роботі?

— Найважче для мене — погода. Якщо весна холодна, ми втрачаємо майже весь перший мед.

— Чи плануєте ви розширюватися?

— Так, ми хочемо відкрити невелику крамницю в місті і продавати мед напряму.
"""

_CZECH = """Rozhovor s keramičkou Janou Novou

Jak jste se dostala ke keramice?

Jako dítě jsem chodila do kroužku a hlína mě nikdy nepustila. Po škole jsem si otevřela malou dílnu.

Co vás na práci s hlínou nejvíc baví?

Baví mě, že každý kus je jiný. Mám ráda chvíli, kdy otevírám pec a nevím, co mě čeká.

Kde můžeme vaše výrobky koupit?

Prodávám je na trzích v Brně a v naší dílně, kterou jsme s manželem otevřeli loni.
"""

_TURKISH = """Çömlek ustası Ayşe Kaya ile söyleşi

- Çömlekçiliğe nasıl başladınız?

Çocukken babamın atölyesinde oynardım. Benim için çamur hep bir oyuncaktı, sonra meslek oldu.

- Sizce el yapımı ürünlerin geleceği var mı?

Bence var. İnsanlar artık fabrikada yapılmış şeylerden sıkıldı, biz de bunu her pazarda görüyoruz.

- Atölyenizi nerede kurdunuz?

Atölyemizi eski bir fırının içinde kurduk. Bana göre orası şehrin en güzel yeri.
"""


@pytest.mark.parametrize(
    ("text", "code", "first_question", "guest_words"),
    [
        (_JAPANESE, "ja", "書店を始めたきっかけは何ですか？", "私は子どもの頃から"),
        (_CHINESE, "zh", "您的面馆开了多少年了？", "我们从一九九八年开始做"),
        (_UKRAINIAN, "uk", "Як ви почали займатися бджолами?", "Я успадкував пасіку"),
        (_CZECH, "cs", "Jak jste se dostala ke keramice?", "Jako dítě jsem chodila"),
        (_TURKISH, "tr", "Çömlekçiliğe nasıl başladınız?", "Çocukken babamın"),
    ],
)
def test_an_invented_interview_parses_into_its_three_pairs(
    text: str, code: str, first_question: str, guest_words: str
) -> None:
    iv = ip.parse_text(text)
    assert iv.language == code
    assert iv.is_interview
    assert len(iv.pairs) == 3
    assert first_question in iv.pairs[0].question.text
    assert iv.pairs[0].answer.text.lstrip("— ").startswith(guest_words)
    assert all(p.answer.text for p in iv.pairs)


_ROMANIAN_INITIALS = """De vorbă cu olarul Lucian Ene

Radu Toma: Cum ai început să lucrezi lutul?

Lucian Ene: Am început la zece ani, în atelierul bunicului meu din Horezu.

R. T.: Ce îți place cel mai mult la meseria asta?

L. E.: Îmi place momentul în care scot vasele din cuptor. Fiecare iese altfel.

R. T.: Unde îți vinzi vasele?

L. E.: La târgurile din țară și în atelierul nostru, deschis anul trecut.

R. T.: Ce planuri ai pentru anul viitor?

L. E.: Vreau să predau cursuri pentru copii, așa cum a făcut bunicul meu cu mine.
"""


def test_initials_that_open_with_a_role_letter_are_a_speaker_label() -> None:
    # "R. T.:" is the interviewer's initials (of "Radu Toma:" in the first turn), not the
    # Spanish role letter "R." (respuesta) before "T."
    iv = ip.parse_text(_ROMANIAN_INITIALS)
    assert iv.language == "ro"
    assert [p.question.text for p in iv.pairs] == [
        "Cum ai început să lucrezi lutul?",
        "Ce îți place cel mai mult la meseria asta?",
        "Unde îți vinzi vasele?",
        "Ce planuri ai pentru anul viitor?",
    ]
    assert iv.pairs[1].answer.text.startswith("Îmi place momentul")
