package classify

import "github.com/hrvet/hrvet/annotations"

// russianTerms is the Russian dictionary, in Cyrillic. Each term also
// matches in every common Latin transliteration (see latinVariants):
// "дата рождени*" matches data_rozhdeniya, dataRojdenia, ДатаРождения.
// Stems ('*') absorb the case endings Russian adds to nouns and adjectives
// ("номер паспорта", "группа инвалидности", "воинского учета").
var russianTerms = []termGroup{
	// name.
	{annotations.Name, personal, []string{
		"имя", "полное имя",
	}},
	{annotations.Name, always, []string{
		"фио", "фамилия", "фамилии", "отчество", "отчества",
	}},

	// birth.
	{annotations.Birth, personal, []string{
		"рождени*", "дата рождени*", "день рождени*", "место рождени*", "возраст",
	}},

	// phone.
	{annotations.Phone, personal, []string{
		"телефон*", "тел", "мобильный", "мобильного", "сотовый", "номер телефона",
	}},

	// email.
	{annotations.Email, personal, []string{
		"почта", "почты", "электронная почта", "эл почта", "емейл", "имейл", "емэйл",
		"мейл",
	}},

	// address.
	{annotations.Address, personal, []string{
		"адрес*", "адрес регистрации", "адрес проживания", "почтовый адрес",
		"почтовый индекс", "улица", "квартира", "город",
	}},
	{annotations.Address, always, []string{
		"прописк*", "место жительства", "место проживания",
	}},

	// govid.
	{annotations.GovID, always, []string{
		"паспорт*", "загранпаспорт*", "снилс", "водительское удостоверение",
		"водительские права", "удостоверение личности", "вид на жительство",
		"полис омс", "свидетельство о рождении",
	}},
	{annotations.GovID, personal, []string{ // organisations have an ИНН too
		"инн",
	}},

	// vehicle.
	{annotations.Vehicle, always, []string{
		"госномер*", "гос номер", "номер автомобиля", "номер машины", "госзнак",
		"номерной знак",
	}},

	// card.
	{annotations.Card, always, []string{
		"номер карты", "банковская карта", "банковской карты", "транспортная карта",
		"социальная карта", "номер пропуска",
	}},
	{annotations.Card, personal, []string{
		"карта", "тройка",
	}},

	// bank.
	{annotations.Bank, personal, []string{
		"счет", "счёт", "расчетный счет", "лицевой счет", "банковский счет",
		"номер счета", "реквизиты", "банковские реквизиты",
	}},

	// pay.
	{annotations.Pay, personal, []string{
		"зарплат*", "зар плат*", "заработная плата", "зп", "оклад*", "премия", "премии",
		"надбавка", "удержания", "доход", "ставка", "алименты", "начисления",
	}},

	// employment.
	{annotations.Employment, personal, []string{
		"должност*", "дата приема", "стаж", "профессия", "аттестация",
		"испытательный срок", "отпуск*",
	}},
	{annotations.Employment, always, []string{
		"табельн*", "таб номер", "табномер", "увольнени*", "выговор",
		"дисциплинарн*", "трудовая книжка",
	}},

	// education.
	{annotations.Education, personal, []string{
		"образовани*", "диплом", "квалификаци*", "ученая степень", "вуз",
		"учебное заведение", "специальность", "аттестат",
	}},

	// location.
	{annotations.Location, personal, []string{
		"геолокаци*", "местоположени*", "местонахождени*", "координаты", "широта",
		"долгота", "маршрут", "турникет",
	}},

	// citizenship.
	{annotations.Citizenship, always, []string{
		"гражданств*",
	}},

	// military.
	{annotations.Military, always, []string{
		"воинск*", "военн*", "военкомат", "призывник",
	}},

	// fitness.
	{annotations.Fitness, always, []string{
		"профпригодност*", "проф пригодност*", "медосмотр*", "мед осмотр*", "медкомисси*",
		"мед комисси*", "медицинское заключение",
	}},

	// health.
	{annotations.Health, always, []string{
		"диагноз*", "болезн*", "заболевани*", "больничн*", "беременност*",
		"инвалидност*", "здоровье", "здоровья", "состояние здоровья", "медкарта",
		"мед карта",
		"медицинская карта", "группа крови", "аллергия", "вич", "прививк*",
		"вакцинаци*",
	}},
	{annotations.Health, personal, []string{
		"травма", "декрет",
	}},

	// biometric.
	{annotations.Biometric, always, []string{
		"биометри*", "отпечаток пальца", "отпечатки пальцев", "шаблон лица",
	}},
	{annotations.Biometric, personal, []string{
		"фото", "фотография",
	}},

	// criminal.
	{annotations.Criminal, always, []string{
		"судимост*", "несудимост*", "уголовн*",
	}},
	{annotations.Criminal, personal, []string{
		"правонарушени*",
	}},

	// privatelife.
	{annotations.PrivateLife, always, []string{
		"семейное положение", "супруг*", "дети", "детей", "ребенок", "хобби",
		"личная жизнь", "родственники", "иждивенцы",
	}},
	{annotations.PrivateLife, personal, []string{
		"семья", "брак", "увлечения", "соцсети", "соц сети", "социальные сети", "вконтакте",
		"вк", "одноклассники", "телеграм",
	}},

	// union.
	{annotations.Union, always, []string{
		"профсоюз*", "проф союз*", "профвзнос*",
	}},

	// association.
	{annotations.Association, always, []string{
		"общественная организация", "общественной организации",
		"общественное объединение", "общественного объединения",
	}},
	{annotations.Association, personal, []string{
		"членство",
	}},

	// religion.
	{annotations.Religion, always, []string{
		"вероисповедани*", "религи*", "конфесси*",
	}},

	// politics.
	{annotations.Politics, always, []string{
		"политическ*", "партийност*",
	}},
	{annotations.Politics, personal, []string{ // "партия" is also a batch of goods
		"партия", "партии",
	}},

	// beliefs.
	{annotations.Beliefs, always, []string{
		"убеждения", "мировоззрени*",
	}},
	{annotations.Beliefs, personal, []string{
		"взгляды",
	}},

	// race.
	{annotations.Race, always, []string{
		"национальност*", "этническ*", "расов*",
	}},
	{annotations.Race, personal, []string{
		"раса",
	}},

	// sexlife.
	{annotations.SexLife, always, []string{
		"сексуальн*", "половая жизнь", "интимн*",
	}},
}
