/**
 * Nouns of harm with no political actor: natural hazards, disease and accidents. A killing or a
 * destruction done by one of them ("the storm killed 12 people", "were killed in an earthquake")
 * is no ASSAULT or COERCE (our annotation guide codes events between political actors only).
 * Source: common hazard terms of the UNDRR hazard definitions (2020), with disease and accident words.
 */
export function loadNaturalCauses(): ReadonlySet<string> {
  return new Set(('storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes flood floods flooding ' +
    'earthquake earthquakes quake quakes tremor aftershock tsunami landslide landslides mudslide mudslides avalanche ' +
    'avalanches eruption volcano wildfire wildfires blaze drought heatwave blizzard lightning ' +
    'virus viruses disease diseases epidemic pandemic outbreak cholera malaria ebola famine crash crashes accident accidents ' +
    'collision derailment').split(' '));
}
