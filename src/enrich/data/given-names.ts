// Common given names (English, Slavic in their usual transliterations, and others seen in world news).
// A capitalised run that starts with one is a person unless a stronger cue says otherwise. Folded lower case.
export const GIVEN_NAMES = `
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan akira alan albert alberto aleksandr aleksander aleksei alexei
alexey alexander alexandr alexandra alexis alfred ali alice alicia alina alison allan allen alyaksandr amanda amy ana
anastasia anatoly andre andrea andreas andrei andrey andrew andriy andy angela angelina angus ann anna anne annie anthony
antonio anton antony arkady arkadiy arnold arseniy arseny arthur artem artyom ashley audrey barack barbara barry ben
benjamin bernard beth betty bill billy bob bobby bohdan boris brad bradley brandon brenda brian bruce bryan carl carla
carlos carol caroline carolyn catherine charles charlie charlotte chris christian christina christine christopher chuck
claire claude colin connie craig dale dan dana daniel danielle danny dara daria darya dave david dean deborah debra denis
dennis denys derek diana diane dick dmitri dmitry dmytro dmitriy don donald donna doris dorothy doug douglas dylan eddie
edgar edith edmund eduard edward elena elizabeth ellen elon emily emma emmanuel eric erik ernest ethan eugene evan
evgeny evgeniy yevgeny yevgeniy fedor fyodor felix fernando florence frances francis francisco franak frank franklin fred
frederick gabriel gareth gary gavin gene george georgiy georgy gerald gerhard gina giorgia glenn gloria gordon grace
graham greg gregory gustavo hans harold harry heather heinz helen helmut henry herbert hillary howard hugh hugo ian igor
ihor ilya ivan jack jackie jacob jacques james jamie jan jane janet janice jason jean jeff jeffrey jennifer jens jeremy
jerry jesse jessica jim jimmy joan joanna joe joel johan johannes john johnny jon jonathan jorge jose joseph josh joshua
joyce juan judith judy julia julian julie justin karen karl kate katherine kathleen kathy katie keith kelly ken kenneth
kevin kim kirill kirk klaus konstantin kostiantyn kristina kurt kyle larry laura lauren lawrence leo leon leonid leonard
lev linda lisa liz lois lori louis louise lucy luis luke lyudmila lyudmyla maksim maxim maksym mandy marco margaret
maria marie marina mario mark marta martha martin mary matt matthew maurice max megan melissa michael michel michelle
mick mike mikhail mykhailo mykola mikola mildred mohammed mohammad muhammad nancy naomi natalia natalya nataliya natasha
nathan neil nicholas nick nicola nicolas nikita nikolai nikolay nina noah norman oleg oleh oleksandr oleksiy olena olga
oliver olivia oscar otto pamela pat patricia patrick paul paula pavel pavlo pedro peggy peter petro petr philip phillip
pierre pyotr rachel ralph ramzan randy ray raymond rebecca richard rick rob robert roberto robin rodrigo roger roman
ronald rose ross roy ruslan russell ruth ryan sally samantha samuel sam sandra sara sarah scott sean sebastian serge
sergei sergey serhiy serhii sergiy sharon shirley simon sophie stanislav stephanie stephen steve steven stuart sue
susan svetlana sviatlana tara tatiana tatyana teresa terry theresa thomas tim timothy tina todd tom tommy tony tracy
valentina valery valeriy valerii vasily vasyl vera veronica victor victoria viktor vincent vitaly vitali vitaliy
vladimir volodymyr vladislav vyacheslav walter wayne wendy william willie wolfgang xi yana yauheni yaroslav yevhen
yulia yuliya yuri yuriy yury zachary zoe
`.trim().split(/\s+/);
