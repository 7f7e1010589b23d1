/**
 * Well-known websites, apps and spacecraft: works that news names like organisations ("sur
 * Facebook", "le télescope Hubble"). Names that are also people's ("Kepler", "Herschel") are left out.
 */
import { wordList } from '../wordList';

export const wellKnownWorks = wordList(`
Wikipédia
Wikipedia
Wikimedia
Wikimédia
Wikidata
Wiktionnaire
Wiktionary
Facebook
Twitter
Instagram
Snapchat
YouTube
Youtube
TikTok
Google
Gmail
Google Maps
Steam
Messenger
Skype
Periscope
Pinterest
Reddit
Tumblr
Flickr
Dailymotion
Spotify
Deezer
iTunes
Hubble
James Webb
Curiosity
Opportunity
Perseverance
Rosetta
Philae
Juno
Cassini
Cassini-Huygens
Gaia
Chandra
New Horizons
Voyager 1
Voyager 2
Tiangong-1
Tiangong-2
SoHO
SOHO
Akatsuki
InSight
OSIRIS-REx
Hayabusa
Hayabusa2
Mars Express
ExoMars
`);
