import { mount } from '@/components/mount';
import { App } from './App';
import './popup.css';

mount(<App />);
