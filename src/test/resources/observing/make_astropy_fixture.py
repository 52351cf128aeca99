# SPDX-License-Identifier: Apache-2.0
# Documentation of the fixture astropy_reference.csv (run once; the tests never run Python).
#   /usr/bin/python3 make_astropy_fixture.py > astropy_reference.csv
# Debian python3-astropy 5.2.1, offline: IERS auto-download is off, so UT1-UTC comes from the
# bundled IERS-B table (times are chosen inside it) and polar motion from the same table.
# Sun/Moon altitudes are geometric-topocentric apparent (no refraction, pressure 0).
# Target airmass: observed altitude with slalib's standard atmosphere (T=273.15 K, P=1013.25 hPa,
# RH=0.3, 0.55 um), then slalib AIRMAS on the zenith distance, as rise_set does.
import json, math, os, sys
import astropy.units as u
from astropy.utils import iers
iers.conf.auto_download = False
iers.conf.auto_max_age = None
from astropy.coordinates import EarthLocation, AltAz, SkyCoord, get_sun, get_body
from astropy.time import Time

here = os.path.dirname(os.path.abspath(__file__))
net = json.load(open(os.path.join(here, '../../../main/resources/observing/network.json')))
sites = {s['code']: s for s in net['sites']}
times = ['2016-09-01T22:00:00', '2016-09-16T03:30:00', '2017-03-10T00:00:00',
         '2018-06-21T08:15:00', '2019-12-05T14:45:00', '2020-02-29T19:10:00']
targets = {'m42': (83.8220792, -5.3911111), 'test34': (34.4, 20.0), 'vega': (279.23473479, 38.78368896),
           'lmc': (80.8939, -69.7561)}

def airmas(zd):
    s = 1.0 / math.cos(min(1.52, abs(zd))) - 1.0
    return 1.0 + s * (0.9981833 - s * (0.002875 + 0.0008083 * s))

print('# made by make_astropy_fixture.py with astropy 5.2.1 (offline IERS-B); kind,site,utc,name,value')
print('kind,site,utc,name,value')
for code in ['lsc', 'cpt', 'coj', 'elp', 'ogg', 'tfn']:
    s = sites[code]
    loc = EarthLocation.from_geodetic(s['longitude'] * u.deg, s['latitude'] * u.deg, s['elevation'] * u.m)
    for ts in times:
        t = Time(ts, scale='utc')
        geo = AltAz(obstime=t, location=loc)
        print(f"sun_alt,{code},{ts}Z,sun,{get_sun(t).transform_to(geo).alt.deg:.6f}")
        print(f"moon_alt,{code},{ts}Z,moon,{get_body('moon', t, loc).transform_to(geo).alt.deg:.6f}")
        obs = AltAz(obstime=t, location=loc, pressure=1013.25 * u.hPa, temperature=0 * u.deg_C,
                    relative_humidity=0.3, obswl=0.55 * u.micron)
        for name, (ra, dec) in targets.items():
            alt = SkyCoord(ra * u.deg, dec * u.deg, frame='icrs').transform_to(obs).alt.deg
            if alt > 10:
                print(f"airmass,{code},{ts}Z,{name},{airmas(math.radians(90 - alt)):.6f}")
