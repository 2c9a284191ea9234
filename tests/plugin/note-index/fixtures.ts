/** Small notes of each flavour, written for these tests. */
export const convertedNote = `---
title: "Garden log"
---
Notes on the vegetable beds.
- Tomatoes went in on the south side.
    - [[Watering]] every second day.
    - <img src='https://scrapbox.io/api/pages/garden/sun/icon' alt='sun.icon' height="19.5"/>
- See [/garden/Soil](https://scrapbox.io/garden/Soil) for the soil test.
> Plant deep, water less.
- The beds dried out in August.
![image](https://gyazo.com/0123456789abcdef0123456789abcdef/thumb/1000)
`;

export const rawNote = `Garden log
[* Beds]
 Tomatoes went in on the south side
  [Watering] every second day [sun.icon]
 See [/garden/Soil] for the soil test
code:plan.txt
 south: tomatoes
 north: beans
#garden #log
`;

export const ordinaryNote = `# Shopping
- Milk
- Bread
    - Whole grain
> Buy only what is on the list.

See [[Budget]].
`;
