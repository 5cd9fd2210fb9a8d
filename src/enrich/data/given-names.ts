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
stephenie kathryn katharine jacqueline
`.trim().split(/\s+/);

/** More given names common in US political news (campaign staff, lawmakers, commentators). Folded. */
export const MORE_GIVEN_NAMES = `
kellyanne huma reince newt mitt marco ted rand jeb ben chris carly mike tim bernie elizabeth debbie donna
jennifer robby brian jake sean corey stephen steve kayleigh sarah jared ivanka melania tiffany eric
nikki lindsey mitch chuck harry nancy kamala kirsten amy cory beto pete tulsi jay john rudy rudolph rex jeff
loretta merrick sonia ruth antonin clarence neil brett elena samuel anthony sheldon rick ron joni marsha susan
lisa olympia claire heidi tammy dianne barbara patty maxine sheila alexandria ilhan rashida ayanna jerrold adam
devin trey jim jason paul kevin steny hakeem karen gretchen stacey andrew bill hillary chelsea barack michelle
joe jill dick lynne condoleezza colin madeleine valerie denis stephanie gwen wolf rachel megyn bret tucker
laura sean lou greta katy jorge chuck mika joe lester chris martha george terry reince sean omarosa betsy
wilbur ryan ben elaine rex nikki mick john kirstjen ajit scott tom kris katrina roger corey michael paul rick
george carter cheryl rebecca neera marc joel jen brian karine symone kristen meredith felipe vicente enrique
andres manuel miguel alejandro javier ricardo rafael sergio luis julian raul jesus benjamin bibi moshe yair avigdor
shimon ehud ariel hassan mahmoud recep emmanuel francois angela theresa boris nigel justin stephen malcolm
gennifer jeri kerry dianne kathleen ashton kyrsten joaquin cory deval mazie tammy raphael marcia maureen
jodi kimberly heather brooke lara kaitlan nikki jeanine dana juanita paula roger trey jared cornel
`.trim().split(/\s+/);

/**
 * Common English-language given names the lists above lacked (ECB+ and Reuters wrote "Reggie Wayne", "Alex Rodriguez",
 * "Earl Clark", "Marvin Harrison", "Manny Ramirez": typed nothing, their surnames left to no one). Left out: names that
 * open places, companies or products as often ("Chad", "Dallas", "Rocky Mountains", "Marshall Islands", "Mack Trucks",
 * "Irving Trust", "Monte Carlo", "Fannie Mae"), and words more common as words ("Faith", "Joy", "Guy", "Max"). Folded.
 */
export const COMMON_GIVEN_NAMES = `
abe abel adolfo alec alex alfonso alfredo alistair alvin amos angel angelo archie armando arnie arturo barney bart
basil benito benny bert blake boyd bradford brendan brent bruno bryce buddy burt byron caleb calvin cameron carlo
casey cecil cedric cesar cliff clifford clint clyde cody conrad cornelius curtis cyril damian damon dane darius
darnell darrell darren darryl derrick desmond dewey dexter dirk dominic donnie duane dudley duncan dustin dwayne
dwight earl ed eduardo edwin elijah elliot elliott elmer elton elvis emanuel emil emilio emmett ernie errol erwin ezra
floyd frankie freddy garrett geoffrey gerard gilbert glen gregg hank harvey hector herman homer horace hubert humberto
irwin isaac jamal jarrett jasper jeremiah jerome jonah jules julio julius kenny lamar lee leland lenny leroy leslie
lewis lionel lonnie lorenzo louie lucas luther manny marcus marlon marty marvin mathew maxwell melvin merle micah
mickey milo morris moses murray myron nate nathaniel ned neal noel norm omar otis owen pablo phil quentin ramon
randall reggie reginald rene reuben ricky robbie rod rodney rodolfo roland rolando ronnie ruben rufus russ sal
salvatore sammy saul scotty seth shane shaun shawn sidney sol solomon spencer stan stanley stefan stewart sylvester
teddy terence terrence thaddeus theo theodore tobias toby travis trent trevor troy ty tyler tyrone ulysses vance
vernon vic vince virgil wallace wally walt warren wes wesley wiley wilfred willard winston woody wyatt zach zeke
peyton lennox deon lamon jermayne wladimir yutaka yanis vassilis wilhelm tarvaris vontae tywon topher
`.trim().split(/\s+/);

/** Women's given names of the same kind (also given names). Folded. */
export const COMMON_FEMALE_GIVEN_NAMES = `
abby abigail adele adrienne agnes aileen alma amelia angie anita annette antoinette arlene audra ava barb beatrice
becky belinda bernadette bertha bianca bonnie brandy brittany camille candace cara carmen carrie cassandra cathy
cecilia celia charlene christy cindy clara claudia colleen constance courtney cristina cynthia darlene deanna delores
denise dolores dora doreen edna eileen eleanor ella eloise elsie erica erika erin esther ethel eva evelyn felicia
flora francine gail gayle geraldine gertrude gladys glenda gwendolyn harriet hattie helena hilda ida ingrid irma
isabel isabella jana janelle janine jasmine jeanette jeannie jenna jenny jo joann joanne jocelyn josephine judi
julianne kara karla katelyn kayla kristin kristy lana leah leigh lena leona lillian lindsay lola lorraine lucia lydia
lynda mabel madeline mae margarita margie marian marianne marilyn marjorie marlene melanie melinda melody michele
minnie miranda miriam molly monica muriel myrtle nadia nadine natalie nora norma patsy pauline phyllis priscilla
rachael ramona renee rhonda rita roberta robyn rosa rosemary roxanne sabrina sadie sheryl shelly sherry silvia sonya
stacy stella sylvia tamara tanya terri thelma thea toni tracey tricia trudy ursula vanessa vicki vickie viola vivian
wanda whitney wilma yolanda yvonne whoopi uma
`.trim().split(/\s+/);

/** Given names that are a woman's in nearly all uses (for "she" against "he"). Folded. */
export const FEMALE_GIVEN_NAMES = `
alexandra alice alicia alina alison amanda amy ana anastasia andrea angela angelina ann anna anne annie audrey barbara
beth betty brenda carla carol caroline carolyn catherine charlotte christina christine claire connie daria darya
deborah debra diana diane donna doris dorothy edith elena elizabeth ellen emily emma florence frances gina giorgia
gloria grace heather helen hillary irene jane janet janice jennifer jessica joan joanna joyce judith judy julia
julie karen kate katherine kathleen kathy katie kristina laura lauren linda lisa liz lois lori louise lucy
lyudmila lyudmyla mandy margaret maria marie marina marta martha mary megan melissa mildred michelle nancy naomi
natalia natalya nataliya natasha nicola nina olena olga olivia pamela patricia paula peggy rachel rebecca rose
ruth sally samantha sandra sara sarah sharon shirley sophie stephanie sue susan svetlana sviatlana tara tatiana
tatyana teresa theresa tina valentina vera veronica victoria wendy yana yulia yuliya zoe kellyanne huma hope
debbie carly nikki lindsey kamala kirsten tulsi kayleigh ivanka melania tiffany loretta sonia joni marsha
olympia heidi tammy dianne patty maxine sheila ilhan rashida ayanna gretchen stacey chelsea jill lynne condoleezza
madeleine valerie gwen megyn greta katy mika omarosa betsy elaine kirstjen katrina cheryl neera jen karine symone
kristen hope meredith gennifer jeri kathleen kyrsten mazie marcia maureen jodi kimberly brooke lara
kaitlan jeanine juanita theresa angela
stephenie kathryn katharine jacqueline
`.trim().split(/\s+/);

/** Given names borne by men and women alike: no gender from them. Folded. */
export const EITHER_GIVEN_NAMES = `pat kim jan robin dana jamie kelly chris jean sam terry tracy leslie lindsay
lindsey jordan taylor morgan casey alex jessie sasha`.trim().split(/\s+/);
