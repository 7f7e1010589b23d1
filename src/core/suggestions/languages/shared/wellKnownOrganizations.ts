/**
 * Well-known international organisations, news agencies, armed groups and the seats of power
 * that news uses for the institution they house ("Matignon", "le Kremlin"), in French, English and
 * German spellings: a general lexicon, not a list of any corpus' entities.
 */
import { wordList } from '../wordList';

export const wellKnownOrganizations = wordList(`
ONU
UN
UNO
OTAN
NATO
UE
EU
Union européenne
European Union
Europäische Union
Nations unies
Nations Unies
United Nations
Vereinte Nationen
OMS
WHO
FMI
IMF
IWF
OMC
WTO
OCDE
OECD
BCE
ECB
EZB
Banque mondiale
World Bank
Weltbank
Unesco
UNESCO
Unicef
UNICEF
HCR
UNHCR
OSCE
OPEP
OPEC
Interpol
Europol
Frontex
Union africaine
African Union
Afrikanische Union
Ligue arabe
Arab League
Arabische Liga
ASEAN
Mercosur
G7
G8
G20
CPI
ICC
AIEA
IAEA
CICR
ICRC
Croix-Rouge
Red Cross
Rotes Kreuz
Commission européenne
European Commission
Parlement européen
European Parliament
Conseil de sécurité
Security Council
Amnesty International
Human Rights Watch
Greenpeace
Médecins sans frontières
Reporters sans frontières
CIO
IOC
FIFA
UEFA
Reuters
AFP
Agence France-Presse
Associated Press
AP
Bloomberg
dpa
DPA
Belga
ANSA
EFE
Xinhua
TASS
Tass
Interfax
Kyodo
BBC
CNN
Al Jazeera
Al-Jazeera
Euronews
Daech
Daesh
Daesch
ISIS
ISIL
EI
État islamique
Islamic State
Islamischer Staat
Al-Qaïda
Al-Qaida
al-Qaida
al-Qaïda
Al-Qaeda
al-Qaeda
Hezbollah
Hisbollah
Hamas
Boko Haram
Shebab
Chabab
al-Shabaab
Taliban
talibans
Talibans
PKK
ETA
IRA
FARC
Farc
al-Nosra
Al-Nosra
Maison-Blanche
Maison Blanche
White House
Weißes Haus
Kremlin
Kreml
Élysée
Matignon
Bercy
Quai d'Orsay
Quai d’Orsay
Pentagone
Pentagon
Downing Street
Vatican
Saint-Siège
Holy See
Congrès
Congress
Kongress
Bundestag
Bundesrat
Knesset
Douma
Duma
Sénat
Senate
`);
