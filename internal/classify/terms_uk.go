package classify

import "github.com/hrvet/hrvet/annotations"

// ukrainianTerms is the Ukrainian dictionary, in Cyrillic, written without
// the apostrophe (Words drops it: "ім'я" is "імя"). Each term also matches
// in every common Latin transliteration, with the Ukrainian values of г
// (h, g), и (y, i), є, ї and і.
var ukrainianTerms = []termGroup{
	// name.
	{annotations.Name, personal, []string{
		"імя", "повне імя",
	}},
	{annotations.Name, always, []string{
		"прізвище", "прізвища", "по батькові", "піб",
	}},

	// birth.
	{annotations.Birth, personal, []string{
		"народжен*", "дата народжен*", "день народжен*", "місце народжен*", "вік",
	}},

	// phone.
	{annotations.Phone, personal, []string{
		"телефон*", "мобільний", "номер телефону",
	}},

	// email.
	{annotations.Email, personal, []string{
		"пошта", "пошти", "електронна пошта", "ел пошта", "імейл", "емейл",
	}},

	// address.
	{annotations.Address, personal, []string{
		"адреса", "адрес*", "адреса реєстрації", "поштова адреса", "поштовий індекс",
		"вулиця", "квартира", "місто",
	}},
	{annotations.Address, always, []string{
		"місце проживання", "місце реєстрації",
	}},

	// govid.
	{annotations.GovID, always, []string{
		"паспорт*", "рнокпп", "посвідчення водія", "водійське посвідчення",
		"посвідка на проживання", "свідоцтво про народження",
	}},
	{annotations.GovID, personal, []string{ // also a company's VAT number
		"іпн",
	}},

	// vehicle.
	{annotations.Vehicle, always, []string{
		"держномер*", "держ номер*", "номерний знак", "номер автомобіля",
	}},

	// card.
	{annotations.Card, always, []string{
		"номер картки", "банківська картка", "банківської картки",
	}},
	{annotations.Card, personal, []string{
		"картка", "картки",
	}},

	// bank.
	{annotations.Bank, personal, []string{
		"рахунок", "рахунку", "банківський рахунок", "номер рахунку", "реквізити",
	}},

	// pay.
	{annotations.Pay, personal, []string{
		"зарплат*", "заробітна плата", "оклад*", "посадовий оклад", "премія",
		"надбавка", "утримання", "дохід", "аліменти", "нарахування",
	}},

	// employment.
	{annotations.Employment, personal, []string{
		"посада", "посади", "стаж", "професія", "атестація", "дата прийому",
		"випробувальний термін", "відпустк*",
	}},
	{annotations.Employment, always, []string{
		"табельн*", "звільнен*", "догана", "трудова книжка", "дисциплінарн*",
	}},

	// education.
	{annotations.Education, personal, []string{
		"освіта", "освіти", "диплом", "кваліфікаці*", "науковий ступінь",
		"заклад освіти", "спеціальність",
	}},

	// location.
	{annotations.Location, personal, []string{
		"геолокаці*", "місцезнаходжен*", "місцеперебуван*", "координати", "широта",
		"довгота", "маршрут", "турнікет",
	}},

	// citizenship.
	{annotations.Citizenship, always, []string{
		"громадянств*",
	}},

	// military.
	{annotations.Military, always, []string{
		"військов*", "призовник", "тцк",
	}},

	// fitness.
	{annotations.Fitness, always, []string{
		"профпридатніст*", "медогляд*", "мед огляд*", "медичний висновок",
	}},
	{annotations.Fitness, personal, []string{
		"придатніст*",
	}},

	// health.
	{annotations.Health, always, []string{
		"діагноз*", "хвороб*", "захворюван*", "лікарнян*", "вагітніст*",
		"інвалідніст*", "здоровя", "стан здоровя", "група крові", "алергія",
		"щеплен*",
	}},
	{annotations.Health, personal, []string{
		"травма",
	}},

	// biometric.
	{annotations.Biometric, always, []string{
		"біометр*", "відбиток пальця", "відбитки пальців",
	}},
	{annotations.Biometric, personal, []string{
		"фото", "фотографія",
	}},

	// criminal.
	{annotations.Criminal, always, []string{
		"судиміст*", "судимост*", "несудиміст*", "кримінальн*",
	}},

	// privatelife.
	{annotations.PrivateLife, always, []string{
		"сімейний стан", "подружж*", "діти", "дітей", "дитина", "хобі",
		"особисте життя", "родичі",
	}},
	{annotations.PrivateLife, personal, []string{
		"сімя", "шлюб", "соцмережі", "соціальні мережі",
	}},

	// union.
	{annotations.Union, always, []string{
		"профспілк*", "профспілц*", "проф спілк*",
	}},

	// association.
	{annotations.Association, always, []string{
		"громадська організація", "громадської організації", "громадське обєднання",
	}},
	{annotations.Association, personal, []string{
		"членство",
	}},

	// religion.
	{annotations.Religion, always, []string{
		"віросповідан*", "релігі*", "конфесі*",
	}},

	// politics.
	{annotations.Politics, always, []string{
		"політичн*", "партійніст*",
	}},
	{annotations.Politics, personal, []string{
		"партія", "партії",
	}},

	// beliefs.
	{annotations.Beliefs, always, []string{
		"переконання", "світогляд*",
	}},
	{annotations.Beliefs, personal, []string{
		"погляди",
	}},

	// race.
	{annotations.Race, always, []string{
		"національніст*", "етнічн*", "расов*",
	}},
	{annotations.Race, personal, []string{
		"раса",
	}},

	// sexlife.
	{annotations.SexLife, always, []string{
		"сексуальн*", "статеве життя", "інтимн*",
	}},
}
